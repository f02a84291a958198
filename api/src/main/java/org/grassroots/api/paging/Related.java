package org.grassroots.api.paging;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Turns a batch query's results, keyed by the owner's business key, into what a
 * {@code @BatchMapping} returns for its owners.
 */
public final class Related {

	private Related() {
	}

	/** A list for every owner, empty where nothing matched. */
	public static <O, T> Map<O, List<T>> lists(List<O> owners, Function<O, String> key, Map<String, List<T>> byKey) {
		return owners.stream()
			.collect(Collectors.toMap(Function.identity(), (owner) -> byKey.getOrDefault(key.apply(owner), List.of()),
					(a, b) -> a));
	}

	/** A value for the owners that have one; the others resolve to null. */
	public static <O, T> Map<O, T> single(List<O> owners, Function<O, @Nullable String> key, Map<String, T> byKey) {
		return owners.stream()
			.filter((owner) -> byKey.containsKey(key.apply(owner)))
			.collect(Collectors.toMap(Function.identity(),
					(owner) -> byKey.get(Objects.requireNonNull(key.apply(owner))), (a, b) -> a));
	}

}
