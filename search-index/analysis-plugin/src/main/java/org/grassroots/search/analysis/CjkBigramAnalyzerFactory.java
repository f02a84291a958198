package org.grassroots.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Overlapping CJK bigrams. Finds words the segmenter splits differently from the query
 * (names, places, new terms), at the cost of precision; used as a sub-field next to the
 * word analyzer.
 */
@NamedComponent(CjkBigramAnalyzerFactory.NAME)
public class CjkBigramAnalyzerFactory implements AnalyzerFactory {

	public static final String NAME = "grassroots_cjk_bigram";

	@Override
	public Analyzer create() {
		// No stop words: the default English set would drop nothing useful in Chinese
		// text
		return new Simplified(new CJKAnalyzer(CharArraySet.EMPTY_SET));
	}

}
