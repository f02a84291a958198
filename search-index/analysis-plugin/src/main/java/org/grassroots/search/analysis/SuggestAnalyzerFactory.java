package org.grassroots.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/**
 * Index side of Chinese suggestions: every word's prefixes, joined with the words after
 * it.
 */
@NamedComponent("grassroots_suggest")
public class SuggestAnalyzerFactory extends ComposedAnalyzerFactory {

	public SuggestAnalyzerFactory() {
		super(() -> Analyzers.suggest(Analyzers.Reading.CHARACTERS));
	}

}
