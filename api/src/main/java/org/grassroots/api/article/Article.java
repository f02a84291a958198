package org.grassroots.api.article;

import java.util.List;

import org.grassroots.graph.article.StoredArticle;
import org.grassroots.search.article.ArticleDocument;

/**
 * The GraphQL {@code Article}: the fields served without loading the body;
 * {@code bodyHtml}, its text and outline, and the cases are batch-loaded only when a
 * query selects them.
 */
public record Article(String id, String slug, List<String> caseIds, String title, String summary, String publishedAt,
		String revisedAt, String coverText, List<String> tags, int revision) {

	public Article {
		caseIds = List.copyOf(caseIds);
		tags = List.copyOf(tags);
	}

	public static Article of(StoredArticle stored) {
		return new Article(stored.id(), stored.slug(), stored.caseIds(), stored.title(), stored.summary(),
				stored.publishedAt().toString(), stored.revisedAt().toString(), stored.coverText(), stored.tags(),
				stored.revision());
	}

	static Article of(ArticleDocument document) {
		return new Article(document.id(), document.slug(), document.caseIds(), document.title(), document.summary(),
				document.publishedAt(), document.publishedAt(), "", document.tags(), document.revision());
	}

	/** The case the story is mainly about. */
	public String caseId() {
		return this.caseIds.isEmpty() ? "" : this.caseIds.get(0);
	}

	public String standfirst() {
		return this.summary;
	}

}
