package org.grassroots.search.article;

import java.util.List;

/**
 * An article as the search index stores it: the live revision of a published article, or
 * a tombstone ({@code live} false, no text) that keeps a taken-down article's version so
 * that a late delivery of an older revision cannot bring it back.
 *
 * @param id the article's business key
 * @param slug URL name
 * @param caseIds the cases the article tells, the main one first
 * @param title headline
 * @param summary standfirst
 * @param body plain text of the body
 * @param kinds the kinds of its cases, e.g. {@code MICRO_PROJECT}
 * @param place where its main case happened
 * @param regionIds the regions of its cases and every region above them
 * @param tags topics
 * @param publishedAt ISO-8601 first publication time
 * @param revision the revision's number
 * @param live whether visitors find it
 */
public record ArticleDocument(String id, String slug, List<String> caseIds, String title, String summary, String body,
		List<String> kinds, String place, List<String> regionIds, List<String> tags, String publishedAt, int revision,
		boolean live) {

	public ArticleDocument {
		caseIds = List.copyOf(caseIds);
		kinds = List.copyOf(kinds);
		regionIds = List.copyOf(regionIds);
		tags = List.copyOf(tags);
	}

	/** What stays in the index of an article nobody may find. */
	public static ArticleDocument tombstone(String id) {
		return new ArticleDocument(id, "", List.of(), "", "", "", List.of(), "", List.of(), List.of(),
				"1970-01-01T00:00:00Z", 0, false);
	}

	/** The case the story is mainly about. */
	public String caseId() {
		return this.caseIds.isEmpty() ? "" : this.caseIds.get(0);
	}

}
