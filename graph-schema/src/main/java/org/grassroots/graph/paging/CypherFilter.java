package org.grassroots.graph.paging;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A filter as a Cypher condition on the listed node; only the graph's repositories read
 * it.
 */
public interface CypherFilter {

	/** The condition; parameters left null switch their part off. */
	String where();

	Map<String, @Nullable Object> parameters();

}
