package org.grassroots.search.analysis;

import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * An analyzer component composed by {@link Analyzers}: Elasticsearch needs a class per
 * named component, each of which only says which composition it is.
 */
abstract class ComposedAnalyzerFactory implements AnalyzerFactory {

	private final Supplier<Analyzer> composition;

	ComposedAnalyzerFactory(Supplier<Analyzer> composition) {
		this.composition = composition;
	}

	@Override
	public Analyzer create() {
		return this.composition.get();
	}

}
