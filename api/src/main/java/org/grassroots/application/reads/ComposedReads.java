package org.grassroots.application.reads;

import java.util.Map;

import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Seek;
import org.grassroots.graph.read.GraphReads;
import org.grassroots.graph.read.ReadPlan;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Public reads of a node and what hangs from it, or of a page of a list, in one
 * statement. The plans name only what any caller may read (staff-only fields are never
 * composed), so the caller's roles do not enter the statement.
 */
@Service
public class ComposedReads {

	private final GraphReads graph;

	ComposedReads(GraphReads graph) {
		this.graph = graph;
	}

	/** The node's answer in the plan's shape, or null when no node has the key. */
	public @Nullable Map<String, Object> read(ReadPlan plan) {
		return this.graph.read(plan);
	}

	/**
	 * A page of a public list, each item in the projection's shape, in one statement with
	 * its total when counted.
	 * @param list a catalog whose filter holds the caller's scope if the list has one
	 */
	public <F> Page<Map<String, Object>> page(Listing<?, F> list, F filter, Order order, Seek seek, boolean counted,
			ReadPlan.Projection items) {
		return list.projectedPage(filter, order, seek, counted, (variable) -> this.graph.projection(variable, items));
	}

}
