package org.grassroots.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Word-segmenting analyzer for Chinese (Lucene SmartChinese HMM model), traditional
 * characters read as simplified ones. Keeps the model's default punctuation stop set so
 * that full-width punctuation never becomes a token.
 */
@NamedComponent(SmartChineseAnalyzerFactory.NAME)
public class SmartChineseAnalyzerFactory implements AnalyzerFactory {

	public static final String NAME = "grassroots_smartcn";

	@Override
	public Analyzer create() {
		return new Simplified(new SmartChineseAnalyzer(true));
	}

}
