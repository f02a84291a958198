package org.grassroots.api.article;

import org.grassroots.publisher.article.Article;
import org.grassroots.search.article.ArticleDocument;

/**
 * An article's fields the API serves without loading its body; {@code bodyHtml} is
 * batch-loaded only when a query selects it.
 */
record ArticleView(String id, String slug, String caseId, String title, String summary, String publishedAt) {

	static ArticleView of(Article article) {
		return new ArticleView(article.id(), article.slug(), article.caseId(), article.title(), article.summary(),
				article.publishedAt().toString());
	}

	static ArticleView of(ArticleDocument document) {
		return new ArticleView(document.id(), document.slug(), document.caseId(), document.title(), document.summary(),
				document.publishedAt());
	}

}
