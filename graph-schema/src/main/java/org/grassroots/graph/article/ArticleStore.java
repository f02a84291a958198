package org.grassroots.graph.article;

import java.util.Optional;

import org.grassroots.graph.paging.Listing;

/**
 * Articles in the graph.
 */
public interface ArticleStore extends Listing<StoredArticle, ArticleFilter> {

	/**
	 * Stores the article and links it to its case. Publishing a case again updates its
	 * article and keeps the first publication time.
	 * @return the article as stored; empty when the case does not exist
	 */
	Optional<StoredArticle> save(StoredArticle article);

	Optional<StoredArticle> findByCaseId(String caseId);

}
