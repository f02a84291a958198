package org.grassroots.api.node;

import java.util.Collection;
import java.util.Map;

/**
 * Loads the objects of one GraphQL type by business key, for {@code node} and
 * {@code nodes}. Each type's package contributes one.
 */
public interface NodeLoader {

	/** The GraphQL type name this loader serves, as in the global id. */
	String type();

	/**
	 * The objects with these keys, by key, in one query; unknown keys are left out.
	 */
	Map<String, Object> loadAll(Collection<String> keys);

}
