package org.grassroots.api.node;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads the objects of one GraphQL type by business key, for {@code node} and
 * {@code nodes}; {@link NodeTypes} makes one for every catalog.
 */
public interface NodeLoader {

	/** The GraphQL type name this loader serves, as in the global id. */
	String type();

	/**
	 * The objects with these keys, by key, in one query; unknown keys are left out.
	 */
	Map<String, Object> loadAll(Collection<String> keys);

	/**
	 * A loader that finds the objects of a type by their keys in one query.
	 * @param find the objects with these keys; unknown keys left out
	 * @param key an object's key
	 */
	static <T> NodeLoader of(String type, Function<Collection<String>, List<T>> find, Function<T, String> key) {
		return new NodeLoader() {

			@Override
			public String type() {
				return type;
			}

			@Override
			public Map<String, Object> loadAll(Collection<String> keys) {
				Map<String, Object> byKey = new LinkedHashMap<>();
				find.apply(keys).forEach((object) -> byKey.put(key.apply(object), object));
				return byKey;
			}

		};
	}

}
