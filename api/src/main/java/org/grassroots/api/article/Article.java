package org.grassroots.api.article;

import org.grassroots.graph.article.StoredArticle;
import org.grassroots.search.article.ArticleDocument;

/**
 * The GraphQL {@code Article}: the fields served without loading the body;
 * {@code bodyHtml} and {@code case} are batch-loaded only when a query selects them.
 */
public record Article(String id, String slug, String caseId, String title, String summary, String publishedAt) {

	static Article of(org.grassroots.publisher.article.Article article) {
		return new Article(article.id(), article.slug(), article.caseId(), article.title(), article.summary(),
				article.publishedAt().toString());
	}

	public static Article of(StoredArticle stored) {
		return new Article(stored.id(), stored.slug(), stored.caseId(), stored.title(), stored.summary(),
				stored.publishedAt().toString());
	}

	static Article of(ArticleDocument document) {
		return new Article(document.id(), document.slug(), document.caseId(), document.title(), document.summary(),
				document.publishedAt());
	}

}
