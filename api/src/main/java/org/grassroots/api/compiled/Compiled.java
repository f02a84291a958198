package org.grassroots.api.compiled;

import java.util.Map;

/**
 * An object of the answer read by a composed statement: its GraphQL type and its fields
 * under their response keys.
 */
sealed interface Compiled permits Compiled.Node, Compiled.PageConnection {

	String type();

	Map<String, Object> values();

	/** A node or an edge. */
	record Node(String type, Map<String, Object> values) implements Compiled {
	}

	/**
	 * A connection, already paged: Spring for GraphQL's connection support passes through
	 * containers whose class name ends in {@code Connection}.
	 */
	record PageConnection(String type, Map<String, Object> values) implements Compiled {
	}

}
