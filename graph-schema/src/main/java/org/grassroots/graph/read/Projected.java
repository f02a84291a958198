package org.grassroots.graph.read;

import java.util.Map;

/**
 * A projection rendered for a list's statement: the {@code RETURN} items {@code id} (the
 * node's key) and {@code node} (the map in the projection's shape), and the values its
 * text refers to as parameters.
 *
 * @param returning the items, for a node matched as {@code variable}
 * @param parameters the values, named so that they cannot meet a filter's
 */
public record Projected(String returning, Map<String, Object> parameters) {

	public Projected {
		parameters = Map.copyOf(parameters);
	}

}
