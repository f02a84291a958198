package org.grassroots.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * Lucene's synonym graph filter over rules in the Solr format ({@code 联络站, 代表联络站, 家站} for
 * equivalents, {@code 微实事 => 民生微实事} one way), read from a file under the Elasticsearch
 * configuration directory ({@code synonyms_path}) and from the {@code synonyms} setting.
 * The rules' words are segmented as the text is, so that a rule of several words matches
 * what the word analyzer makes of it. A search-time filter: Elasticsearch rebuilds it on
 * {@code _reload_search_analyzers}, so a changed file takes effect without reindexing.
 */
@NamedComponent(SynonymsFactory.NAME)
public class SynonymsFactory implements TokenFilterFactory {

	public static final String NAME = "grassroots_synonyms";

	private final SynonymMap map;

	@Inject
	public SynonymsFactory(Settings settings) {
		StringBuilder rules = new StringBuilder();
		settings.synonyms().forEach((rule) -> rules.append(rule).append('\n'));
		this.map = parse(rules.toString());
	}

	static SynonymMap parse(String rules) {
		try (Analyzer words = new Simplified(new SmartChineseAnalyzer(true))) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
			parser.parse(new StringReader(rules));
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(
					"Synonym rules cannot be read at line " + ex.getErrorOffset() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public TokenStream create(TokenStream stream) {
		return this.map.fst == null ? stream : new SynonymGraphFilter(stream, this.map, true);
	}

	@Override
	public AnalysisMode getAnalysisMode() {
		return AnalysisMode.SEARCH_TIME;
	}

	/** The filter's settings in the index's analysis section. */
	@AnalysisSettings
	public interface Settings {

		/** Rules given inline. */
		@ListSetting(path = "synonyms")
		List<String> synonyms();

	}

}
