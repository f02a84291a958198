package org.grassroots.search.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * The SmartChinese segmenter alone, for custom analyzers (e.g. with synonym filters).
 */
@NamedComponent(SmartChineseTokenizerFactory.NAME)
public class SmartChineseTokenizerFactory implements TokenizerFactory {

	public static final String NAME = "grassroots_smartcn_tokenizer";

	@Override
	public Tokenizer create() {
		return new HMMChineseTokenizer();
	}

}
