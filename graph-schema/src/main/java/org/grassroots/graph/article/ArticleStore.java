package org.grassroots.graph.article;

import java.util.Collection;
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
	default Optional<Publication> publication(String id) {
		return publications(List.of(id)).stream().findFirst();
	}

	/** What search should hold for each of the articles that exist, in one query. */
	List<Publication> publications(Collection<String> ids);

	/** The keys of every article, live or not, in key order. */
	List<String> ids();

	/**
	 * Every article's publication sequence and whether it is live, by key: what the index
	 * should hold, without reading the articles.
	 */
	java.util.Map<String, Publication.State> states();

}
