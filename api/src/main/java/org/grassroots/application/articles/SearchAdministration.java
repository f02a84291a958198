package org.grassroots.application.articles;

import java.util.List;

import org.grassroots.application.access.Caller;
import org.grassroots.application.journal.Mutations;
import org.grassroots.search.article.ArticleIndex;
import org.grassroots.search.article.SearchSynonyms;

import org.springframework.stereotype.Service;

/**
 * What administrators do to the search index: apply reviewed synonyms (audited).
 */
@Service
public class SearchAdministration {

	private final ArticleIndex index;

	private final SearchSynonyms synonyms;

	private final Mutations mutations;

	SearchAdministration(ArticleIndex index, SearchSynonyms synonyms, Mutations mutations) {
		this.index = index;
		this.synonyms = synonyms;
		this.mutations = mutations;
	}

	/**
	 * Reads the synonym file again and gives its rules to the query analyzer, without
	 * reindexing; the audit trail keeps who did it and how many rules apply.
	 * @return how many rules apply now
	 */
	public int reloadSynonyms(Caller caller) {
		caller.requireAdmin();
		List<String> rules = this.synonyms.rules();
		return this.mutations.run(caller, "reloadSearchSynonyms", (recorder) -> {
			int applied = this.index.applySynonyms(rules);
			recorder.target("SearchIndex", "articles", null).changed("synonymRules", null, applied);
			return applied;
		});
	}

}
