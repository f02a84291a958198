package org.grassroots.search.article;

import java.util.List;

/**
 * One search hit.
 *
 * @param article the matching article
 * @param score relevance
 * @param highlights where the query matched
 */
public record ArticleHit(ArticleDocument article, double score, List<Highlight> highlights) {

	public ArticleHit {
		highlights = List.copyOf(highlights);
	}

}
