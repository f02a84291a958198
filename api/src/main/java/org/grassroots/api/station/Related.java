package org.grassroots.api.station;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a batch query's results, keyed by the owner's key, into what a
 * {@code @BatchMapping} returns: a value for every owner, empty lists where nothing
 * matched.
 */
final class Related {

	private Related() {
	}

	static <O, T> Map<O, List<T>> lists(List<O> owners, Function<O, String> key, Map<String, List<T>> byKey) {
		return owners.stream()
			.collect(Collectors.toMap(Function.identity(), (owner) -> byKey.getOrDefault(key.apply(owner), List.of()),
					(a, b) -> a));
	}

}
