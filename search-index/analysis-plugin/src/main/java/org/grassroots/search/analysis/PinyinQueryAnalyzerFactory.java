package org.grassroots.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Query side of pinyin suggestions: the typed prefix in pinyin, as one token. */
@NamedComponent("grassroots_pinyin_query")
public class PinyinQueryAnalyzerFactory extends ComposedAnalyzerFactory {

	public PinyinQueryAnalyzerFactory() {
		super(() -> Analyzers.prefixQuery(Analyzers.Reading.PINYIN));
	}

}
