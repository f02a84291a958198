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

	/**
	 * The projection as the {@code RETURN} items of a list's statement, so that a page of
	 * nodes matched by a filter returns each in the projection's shape.
	 * @param variable the node's variable in that statement
	 */
	Projected projection(String variable, ReadPlan.Projection projection);

}
