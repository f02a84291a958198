package org.grassroots.application.articles;

import java.util.List;
import java.util.Optional;
import java.time.LocalDate;

import org.grassroots.application.access.Caller;
import org.grassroots.application.listing.Catalog;
import org.grassroots.graph.analytics.SearchQueries;
import org.grassroots.graph.article.ArticleFilter;
import org.grassroots.graph.article.ArticleStore;
import org.grassroots.graph.article.StoredArticle;
import org.grassroots.search.article.ArticleIndex;
import org.grassroots.search.article.ArticleQuery;
import org.grassroots.search.article.ArticleSearchResult;
import org.grassroots.search.article.RelatedArticle;
import org.grassroots.search.article.Suggestion;

import org.springframework.stereotype.Service;

/**
 * Reading published articles from the graph, and searching them in the index.
 */
@Service
public class ArticleCatalog extends Catalog<StoredArticle, ArticleFilter, ArticleStore> {

	private final ArticleIndex index;

	private final SearchAnalytics analytics;

	ArticleCatalog(ArticleStore articles, ArticleIndex index, SearchAnalytics analytics) {
		super(articles);
		this.index = index;
		this.analytics = analytics;
	}

	/** The published article known by the slug, now or formerly. */
	public Optional<StoredArticle> findBySlug(String slug) {
		return this.store.findBySlug(slug);
	}

	/**
	 * A page of matches with the facets' counts; a first page is counted in the search
	 * analytics.
	 */
	public ArticleSearchResult search(ArticleQuery query) {
		ArticleSearchResult result = this.index.search(query);
		if (query.after() == null) {
			this.analytics.searched(query.text(), result.total());
		}
		return result;
	}

	/** What visitors searched in the days, for staff. */
	public SearchQueries.Summary searched(Caller caller, LocalDate from, LocalDate to, int limit) {
		return this.analytics.summary(caller, from, to, limit);
	}

	/** What to offer while a visitor types the prefix. */
	public List<Suggestion> suggest(String prefix, int size) {
		return this.index.suggest(prefix, size);
	}

	/** Stories related to the article, with why. */
	public List<RelatedArticle> related(String articleId, int size) {
		return this.index.related(articleId, size);
	}

}
