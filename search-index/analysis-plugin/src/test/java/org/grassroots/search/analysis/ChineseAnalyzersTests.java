package org.grassroots.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAnalyzersTests {

	private static final String SENTENCE = "人大代表在联络站接待群众";

	@Test
	void smartChineseSegmentsASentenceIntoWords() throws IOException {
		assertThat(tokens(new SmartChineseAnalyzerFactory().create(), SENTENCE)).containsExactly("人大代表", "在", "联络", "站",
				"接待", "群众");
	}

	@Test
	void smartChineseDropsPunctuationKeepsNumbersAndSplitsWordsOutsideItsModel() throws IOException {
		// 路灯 is not a word to the model: the bigram sub-field is what finds it
		assertThat(tokens(new SmartChineseAnalyzerFactory().create(), "22盏太阳能路灯，惠及120余户村民。")).containsExactly("22", "盏",
				"太阳能", "路", "灯", "惠及", "120", "余", "户", "村民");
	}

	@Test
	void traditionalCharactersAreReadAsSimplifiedOnes() throws IOException {
		assertThat(tokens(new SmartChineseAnalyzerFactory().create(), "人大代表在聯絡站接待群眾"))
			.isEqualTo(tokens(new SmartChineseAnalyzerFactory().create(), SENTENCE));
		assertThat(tokens(new CjkBigramAnalyzerFactory().create(), "梁啟超故居路燈")).containsExactly("梁启", "启超", "超故", "故居",
				"居路", "路灯");
	}

	@Test
	void cjkBigramsOverlapAcrossTheWholeRun() throws IOException {
		assertThat(tokens(new CjkBigramAnalyzerFactory().create(), "联络站接待")).containsExactly("联络", "络站", "站接", "接待");
	}

	@Test
	void smartChineseTokenizerSegmentsWithoutFilters() throws IOException {
		Analyzer analyzer = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				return new TokenStreamComponents(new SmartChineseTokenizerFactory().create());
			}
		};
		assertThat(tokens(analyzer, "文苑社区排水")).containsExactly("文苑", "社区", "排水");
	}

	static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

}
