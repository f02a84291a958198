package org.grassroots.graph.article;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A published article as visitors see it: its live revision.
 *
 * @param id business key
 * @param slug URL name, unique; former ones still resolve to it
 * @param caseIds the cases the article tells, the first one first
 * @param title headline
 * @param summary standfirst
 * @param bodyHtml sanitized HTML body
 * @param coverText the text on the story's card
 * @param tags topics
 * @param publishedAt first publication time
 * @param revisedAt when the live revision was published
 * @param revision the live revision's number
 */
public record StoredArticle(String id, String slug, List<String> caseIds, String title, String summary, String bodyHtml,
		String coverText, List<String> tags, OffsetDateTime publishedAt, OffsetDateTime revisedAt, int revision) {

	public StoredArticle {
		caseIds = List.copyOf(caseIds);
		tags = List.copyOf(tags);
	}

	/** The case the story is mainly about. */
	public String caseId() {
		return this.caseIds.isEmpty() ? "" : this.caseIds.get(0);
	}

}
