package org.grassroots.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Index side of suggestions by pinyin initials: ld for 路灯. */
@NamedComponent("grassroots_suggest_initials")
public class SuggestInitialsAnalyzerFactory extends ComposedAnalyzerFactory {

	public SuggestInitialsAnalyzerFactory() {
		super(() -> Analyzers.suggest(Analyzers.Reading.INITIALS));
	}

}
