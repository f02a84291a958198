package org.grassroots.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;

/**
 * The analyzers behind suggestions and pinyin search, composed from Lucene's parts and
 * the project's filters. Every one reads traditional characters as simplified ones.
 */
final class Analyzers {

	/** The longest prefix a suggestion field indexes and a suggestion query keeps. */
	static final int MAX_PREFIX = WordSuffixFilter.MAX_CHARS;

	private Analyzers() {
	}

	/**
	 * Index side of a suggestion field: words, each joined with the words after it, cut
	 * into prefixes; {@code pinyin} converts the words first, in full or by initials.
	 */
	static Analyzer suggest(Reading reading) {
		return composed(HMMChineseTokenizer::new, reading,
				(stream) -> new EdgeNGramTokenFilter(new WordSuffixFilter(stream), 1, MAX_PREFIX, false));
	}

	/**
	 * Query side of a suggestion field: the whole prefix as one token, lower case, in
	 * pinyin for the pinyin fields (so that 南村 typed in characters also finds its
	 * homophones' pinyin).
	 */
	static Analyzer prefixQuery(Reading reading) {
		return composed(KeywordTokenizer::new, reading, (stream) -> new TruncateTokenFilter(stream, MAX_PREFIX));
	}

	private static Analyzer composed(Supplier<Tokenizer> tokenizer, Reading reading, UnaryOperator<TokenStream> last) {
		return new Simplified(new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = tokenizer.get();
				TokenStream stream = new LowerCaseFilter(source);
				if (reading != Reading.CHARACTERS) {
					stream = new PinyinFilter(stream, reading == Reading.INITIALS);
				}
				return new TokenStreamComponents(source, last.apply(stream));
			}
		});
	}

	/**
	 * Character bigrams read as pinyin: 路灯 is {@code ludeng} whether it was typed as 路灯,
	 * as its homophone 路等 or as {@code ludeng}.
	 */
	static Analyzer pinyinBigrams() {
		return new Simplified(new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			private final Analyzer bigrams = new CJKAnalyzer(CharArraySet.EMPTY_SET);

			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				return this.bigrams;
			}

			@Override
			protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
				return new TokenStreamComponents(components.getSource(),
						new PinyinFilter(components.getTokenStream(), false));
			}
		});
	}

	/** How a suggestion field reads its words. */
	enum Reading {

		CHARACTERS, PINYIN, INITIALS

	}

}
