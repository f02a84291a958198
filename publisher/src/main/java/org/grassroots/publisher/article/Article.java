package org.grassroots.publisher.article;

import java.time.OffsetDateTime;

/**
 * A published article.
 *
 * @param id business key
 * @param slug URL name
 * @param caseId the case the article tells
 * @param title headline
 * @param summary standfirst
 * @param bodyHtml sanitized HTML body
 * @param publishedAt first publication time
 */
public record Article(String id, String slug, String caseId, String title, String summary, String bodyHtml,
		OffsetDateTime publishedAt) {
}
