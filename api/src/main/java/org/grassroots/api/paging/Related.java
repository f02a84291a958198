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

	/**
	 * A list for every owner from one query by the owners' keys, empty where nothing
	 * matched.
	 */
	public static <O, T> Map<O, List<T>> many(List<O> owners, Function<O, String> key,
			Function<List<String>, Map<String, List<T>>> query) {
		return lists(owners, key, query.apply(owners.stream().map(key).distinct().toList()));
	}

	/**
	 * A value for the owners that have one, from one query by the owners' keys; the
	 * others resolve to null.
	 */
	public static <O, T> Map<O, T> one(List<O> owners, Function<O, String> key,
			Function<List<String>, Map<String, T>> query) {
		return single(owners, key, query.apply(owners.stream().map(key).distinct().toList()));
	}

	/**
	 * The record each owner refers to by its key (a region's parent, a consultation's
	 * law), all found in one query; owners that refer to none, or to one not found,
	 * resolve to null.
	 * @param reference the key an owner refers to, if any
	 * @param find the records with these keys
	 * @param id a record's key
	 */
	public static <O, T> Map<O, T> referenced(List<O> owners, Function<O, @Nullable String> reference,
			Function<List<String>, List<T>> find, Function<T, String> id) {
		List<String> keys = owners.stream()
			.map(reference)
			.filter(Objects::nonNull)
			.map(Objects::requireNonNull)
			.distinct()
			.toList();
		Map<String, T> found = find.apply(keys)
			.stream()
			.collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
		return single(owners, reference, found);
	}

}
