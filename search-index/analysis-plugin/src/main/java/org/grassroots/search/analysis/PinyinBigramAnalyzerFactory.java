package org.grassroots.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/**
 * Character bigrams as pinyin, at index and query time: finds 路灯 for ludeng and for the
 * homophone 路等.
 */
@NamedComponent("grassroots_pinyin_bigram")
public class PinyinBigramAnalyzerFactory extends ComposedAnalyzerFactory {

	public PinyinBigramAnalyzerFactory() {
		super(() -> Analyzers.pinyinBigrams());
	}

}
