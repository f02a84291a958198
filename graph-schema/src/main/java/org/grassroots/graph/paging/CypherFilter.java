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

	/**
	 * Whether the filter matches from a selective start (a region, say), so that its
	 * matches are few enough to collect and page in the same pass that counts them.
	 */
	default boolean bounded() {
		return false;
	}

	/**
	 * The filter as a whole {@code MATCH ... WHERE} for the node; a filter with a
	 * selective start matches from it.
	 * @param node e.g. {@code (c:Case)}
	 */
	default String match(String node) {
		return "MATCH " + node + "\nWHERE " + where();
	}

}
