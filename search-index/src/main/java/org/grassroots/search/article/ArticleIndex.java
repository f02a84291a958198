package org.grassroots.search.article;

import java.util.List;
import java.util.Map;

/**
 * The public article index, searched in Chinese. Writes carry the article's publication
 * sequence as an external version: the index keeps the highest, so a repeated or late
 * write never brings back an older revision or a taken-down article.
 */
public interface ArticleIndex {

	/**
	 * Applies the changes in one request; they are searchable when it returns. A change
	 * older than what the index holds is skipped, which is no failure.
	 * @return the articles whose change failed, with the reason; empty when all were
	 * applied or skipped
	 * @throws SearchUnavailableException when the index cannot be reached
	 */
	Map<String, String> apply(List<Change> changes);

	/**
	 * One article's state for the index.
	 *
	 * @param document the live revision, or a {@link ArticleDocument#tombstone tombstone}
	 * to take it down
	 * @param version the article's publication sequence
	 */
	record Change(ArticleDocument document, long version) {
	}

	/**
	 * Whether the index was created (or rebuilt for a new mapping) when this application
	 * started: it then needs every article again.
	 */
	boolean createdAtStart();

	/**
	 * Full-text search over the live articles' title, summary and body, by words and by
	 * character bigrams.
	 * @param query what the visitor typed
	 * @param size how many hits to return
	 */
	ArticleSearchResult search(String query, int size);

}
