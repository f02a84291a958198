package org.grassroots;

import org.grassroots.graph.generator.GraphGenerator;
import org.grassroots.graph.generator.Preset;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The differential comparison of {@link ComposedReadsDifferential} over the generated
 * {@code small} graph (seed 42, as the benchmark's): its shapes differ from the demo
 * graph's (villages under towns under districts, every deputy with cases and visits,
 * stations covering many grids). The generated graph sits beside the demo graph, so this
 * class runs in a test JVM of its own ({@code small-graph} in the module's build), where
 * no other test counts what it adds.
 */
@Import(GraphGenerator.class)
class ComposedReadsOnTheSmallGraphIT extends ComposedReadsDifferential {

	@Autowired
	GraphGenerator generator;

	@Override
	void prepareTheGraph() {
		this.generator.generate(Preset.SMALL, 42);
	}

	@Override
	String keyPrefix() {
		return "g-";
	}

}
