package org.grassroots.graph.read;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads composed from a plan, one statement each.
 */
public interface GraphReads {

	/**
	 * @return the node's map in the plan's shape (maps and lists), or null when no node
	 * has the key
	 */
	@Nullable Map<String, Object> read(ReadPlan plan);

}
