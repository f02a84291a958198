package org.grassroots.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Index side of pinyin suggestions: ludeng, lud, lu… for 路灯. */
@NamedComponent("grassroots_suggest_pinyin")
public class SuggestPinyinAnalyzerFactory extends ComposedAnalyzerFactory {

	public SuggestPinyinAnalyzerFactory() {
		super(() -> Analyzers.suggest(Analyzers.Reading.PINYIN));
	}

}
