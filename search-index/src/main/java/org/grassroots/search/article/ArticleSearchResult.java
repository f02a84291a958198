package org.grassroots.search.article;

import java.util.List;

/**
 * Search results, best first.
 *
 * @param total how many articles match
 * @param hits the first hits
 */
public record ArticleSearchResult(long total, List<ArticleHit> hits) {

	public ArticleSearchResult {
		hits = List.copyOf(hits);
	}

}
