package org.grassroots.search.article;

/**
 * An article as the search index stores it.
 *
 * @param id the article's business key
 * @param slug URL name
 * @param caseId the case the article tells
 * @param title headline
 * @param summary standfirst
 * @param body plain text of the body
 * @param kind the case kind, e.g. {@code MICRO_PROJECT}
 * @param place where it happened
 * @param publishedAt ISO-8601 publication time
 */
public record ArticleDocument(String id, String slug, String caseId, String title, String summary, String body,
		String kind, String place, String publishedAt) {
}
