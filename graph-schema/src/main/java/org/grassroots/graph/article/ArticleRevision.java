package org.grassroots.graph.article;

import java.time.Instant;
import java.util.List;

/**
 * One save of an article, never changed afterwards.
 *
 * @param articleId the article's key
 * @param number 1 for the first save, then one more for each
 * @param content what it says
 * @param caseIds the cases it tells
 * @param author the account that saved it
 * @param at when
 * @param note what the author said of the change
 */
public record ArticleRevision(String articleId, int number, ArticleContent content, List<String> caseIds, String author,
		Instant at, String note) {

	public ArticleRevision {
		caseIds = List.copyOf(caseIds);
	}

}
