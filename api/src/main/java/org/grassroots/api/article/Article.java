package org.grassroots.api.article;

import java.util.List;

import org.grassroots.graph.article.StoredArticle;
import org.grassroots.search.article.ArticleDocument;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL {@code Article}, as the graph or the search index has it: the body comes
 * along when the article was read whole from the graph (lists), and is batch-loaded
 * otherwise (search hits, related stories); the cases are batch-loaded when a query
 * selects them.
 */
public record Article(String id, String slug, List<String> caseIds, String title, String summary, String publishedAt,
		String revisedAt, String coverText, List<String> tags, int revision, @Nullable String bodyHtml) {

	public Article {
		caseIds = List.copyOf(caseIds);
		tags = List.copyOf(tags);
	}

	public static Article of(StoredArticle stored) {
		return new Article(stored.id(), stored.slug(), stored.caseIds(), stored.title(), stored.summary(),
				stored.publishedAt().toString(), stored.revisedAt().toString(), stored.coverText(), stored.tags(),
				stored.revision(), stored.bodyHtml());
	}

	/**
	 * An article as the search index holds its live revision: the body is batch-loaded
	 * when a query selects it.
	 */
	public static Article of(ArticleDocument indexed) {
		return new Article(indexed.id(), indexed.slug(), indexed.caseIds(), indexed.title(), indexed.summary(),
				indexed.publishedAt(), indexed.revisedAt(), indexed.coverText(), indexed.tags(), indexed.revision(),
				null);
	}

	/** The case the story is mainly about. */
	public String caseId() {
		return this.caseIds.isEmpty() ? "" : this.caseIds.get(0);
	}

	public String standfirst() {
		return this.summary;
	}

}
