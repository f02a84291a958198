package org.grassroots.application.reads;

import java.util.Map;

import org.grassroots.graph.read.GraphReads;
import org.grassroots.graph.read.ReadPlan;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Public reads of a node and what hangs from it in one statement. The plans name only
 * what any caller may read (staff-only fields are never composed), so the caller's roles
 * do not enter the statement.
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

}
