package org.grassroots.graph.article;

import java.time.OffsetDateTime;

/**
 * A published article as the graph stores it, linked to the case it tells.
 *
 * @param id business key
 * @param slug URL name, unique
 * @param caseId the case the article tells
 * @param title headline
 * @param summary standfirst
 * @param bodyHtml sanitized HTML body
 * @param publishedAt first publication time
 */
public record StoredArticle(String id, String slug, String caseId, String title, String summary, String bodyHtml,
		OffsetDateTime publishedAt) {
}
