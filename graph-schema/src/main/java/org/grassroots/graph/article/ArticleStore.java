package org.grassroots.graph.article;

import java.util.List;
import java.util.Optional;

import org.grassroots.graph.paging.Listing;

/**
 * Published articles in the graph: only live revisions are found, listed or counted.
 */
public interface ArticleStore extends Listing<StoredArticle, ArticleFilter> {

	/** The live article telling the case, if any. */
	Optional<StoredArticle> findByCaseId(String caseId);

	/**
	 * The live article known by the slug, now or formerly.
	 */
	Optional<StoredArticle> findBySlug(String slug);

	/** What search should hold for the article; empty when no such article exists. */
	Optional<Publication> publication(String id);

	/** The keys of every article, live or not, in key order. */
	List<String> ids();

}
