package org.grassroots.application.articles;

import java.util.Optional;

import org.grassroots.application.listing.Catalog;
import org.grassroots.graph.article.ArticleFilter;
import org.grassroots.graph.article.ArticleStore;
import org.grassroots.graph.article.StoredArticle;
import org.grassroots.search.article.ArticleIndex;
import org.grassroots.search.article.ArticleSearchResult;

import org.springframework.stereotype.Service;

/**
 * Reading published articles from the graph, and searching them in the index.
 */
@Service
public class ArticleCatalog extends Catalog<StoredArticle, ArticleFilter, ArticleStore> {

	private final ArticleIndex index;

	ArticleCatalog(ArticleStore articles, ArticleIndex index) {
		super(articles);
		this.index = index;
	}

	/** The published article known by the slug, now or formerly. */
	public Optional<StoredArticle> findBySlug(String slug) {
		return this.store.findBySlug(slug);
	}

	/** The best matches for the words, at most {@code size}. */
	public ArticleSearchResult search(String query, int size) {
		return this.index.search(query, size);
	}

}
