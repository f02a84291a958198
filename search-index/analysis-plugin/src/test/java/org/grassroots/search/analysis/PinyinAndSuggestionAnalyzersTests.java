package org.grassroots.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PinyinAndSuggestionAnalyzersTests {

	@Test
	void charactersAreReadAsTonelessPinyinInFullOrByInitials() {
		assertThat(Pinyin.convert("南村村路灯", false)).isEqualTo("nancuncunludeng");
		assertThat(Pinyin.convert("南村村路灯", true)).isEqualTo("nccld");
		assertThat(Pinyin.convert("22盏LED", false)).isEqualTo("22zhanLED");
		assertThat(Pinyin.convert("绿道", false)).isEqualTo("lvdao");
	}

	@Test
	void suggestionFieldsIndexThePrefixesOfEveryWordJoinedWithTheWordsAfterIt() throws IOException {
		List<String> tokens = tokens(new SuggestAnalyzerFactory().create(), "南村村路灯");
		assertThat(tokens).contains("南", "南村", "南村村", "南村村路灯", "路", "路灯", "灯").doesNotContain("村路");
	}

	@Test
	void pinyinSuggestionFieldsIndexFullPinyinAndInitialsPrefixes() throws IOException {
		assertThat(tokens(new SuggestPinyinAnalyzerFactory().create(), "南村村路灯")).contains("n", "nan", "nancun",
				"nancuncunludeng", "lu", "ludeng", "deng");
		assertThat(tokens(new SuggestInitialsAnalyzerFactory().create(), "南村村路灯")).contains("n", "nc", "ncc",
				"ncc" + "ld", "l", "ld");
	}

	@Test
	void prefixQueriesAreOneTokenInCharactersOrPinyinAndTraditionalReadsAsSimplified() throws IOException {
		assertThat(tokens(new PrefixQueryAnalyzerFactory().create(), "南村村 路燈")).containsExactly("南村村 路灯");
		assertThat(tokens(new PinyinQueryAnalyzerFactory().create(), "路燈")).containsExactly("ludeng");
		assertThat(tokens(new PinyinQueryAnalyzerFactory().create(), "LuDeng")).containsExactly("ludeng");
		assertThat(tokens(new PinyinQueryAnalyzerFactory().create(), "一".repeat(40)).get(0))
			.hasSize(Analyzers.MAX_PREFIX);
	}

	@Test
	void pinyinBigramsMatchAWordByItsHomophoneAndByItsPinyin() throws IOException {
		Analyzer analyzer = new PinyinBigramAnalyzerFactory().create();
		assertThat(tokens(analyzer, "路灯")).containsExactly("ludeng");
		assertThat(tokens(analyzer, "路等")).containsExactly("ludeng");
		assertThat(tokens(analyzer, "ludeng")).containsExactly("ludeng");
		assertThat(tokens(analyzer, "太阳能")).containsExactly("taiyang", "yangneng");
	}

	@Test
	void synonymRulesAreSegmentedLikeTheTextAndExpandAQuery() throws IOException {
		Analyzer query = synonymQueryAnalyzer("联络站, 代表联络站, 家站\n微实事 => 民生微实事");
		assertThat(tokens(query, "联络站")).contains("联络", "站", "代表", "家");
		assertThat(tokens(query, "微实事")).containsExactly("民生", "微", "实事");
		assertThat(tokens(query, "人大")).containsExactly("人大");
	}

	@Test
	void aMalformedRuleIsRefusedWithItsLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> SynonymsFactory.parse("a => b => c"))
			.withMessageContaining("Synonym rules");
	}

	private static Analyzer synonymQueryAnalyzer(String rules) {
		SynonymsFactory synonyms = new SynonymsFactory(new SynonymsFactory.Settings() {
			@Override
			public List<String> synonyms() {
				return List.of(rules.split("\n"));
			}
		});
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var tokenizer = new SmartChineseTokenizerFactory().create();
				return new TokenStreamComponents(tokenizer,
						synonyms.create(new SmartChineseFiltersFactory().create(tokenizer)));
			}

			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return new SimplifiedCharFilterFactory().create(reader);
			}
		};
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		return ChineseAnalyzersTests.tokens(analyzer, text);
	}

}
