package org.grassroots.graph.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Articles in the graph.
 */
public interface ArticleStore {

	/**
	 * Stores the article and links it to its case. Publishing a case again updates its
	 * article and keeps the first publication time.
	 * @return the article as stored; empty when the case does not exist
	 */
	Optional<StoredArticle> save(StoredArticle article);

	Optional<StoredArticle> findByCaseId(String caseId);

	/**
	 * The articles with these ids, in one query; unknown ids are left out.
	 */
	List<StoredArticle> findByIds(Collection<String> ids);

}
