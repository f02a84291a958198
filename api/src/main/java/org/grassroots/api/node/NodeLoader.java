package org.grassroots.api.node;

import java.util.Optional;

/**
 * Loads the objects of one GraphQL type by business key, for {@code node} and
 * {@code nodes}. Each type's package contributes one.
 */
public interface NodeLoader {

	/** The GraphQL type name this loader serves, as in the global id. */
	String type();

	Optional<Object> load(String key);

}
