package org.grassroots.search.analysis;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * What {@code grassroots_smartcn} does after segmenting (stemming Latin words, dropping
 * punctuation), for a custom analyzer that must produce the same tokens as it.
 */
@NamedComponent(SmartChineseFiltersFactory.NAME)
public class SmartChineseFiltersFactory implements TokenFilterFactory {

	public static final String NAME = "grassroots_smartcn_filters";

	@Override
	public TokenStream create(TokenStream stream) {
		return new StopFilter(new PorterStemFilter(stream), SmartChineseAnalyzer.getDefaultStopSet());
	}

}
