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
	 * The class-path resource that defines the index's current version: mappings and
	 * analysis.
	 */
	static String definition() {
		return IndexLayout.DEFINITION;
	}

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
	 * Full-text search over the live articles: words (through the synonyms), character
	 * bigrams and, for a query in Latin letters, pinyin; filtered and counted by facets,
	 * paged by cursor.
	 */
	ArticleSearchResult search(ArticleQuery query);

	/**
	 * What to offer while a visitor types: headlines, places, stations, deputies and tags
	 * that start a word with the prefix, typed in characters, in pinyin or in pinyin
	 * initials.
	 * @param prefix what has been typed so far
	 * @param size at most this many
	 */
	List<Suggestion> suggest(String prefix, int size);

	/**
	 * Stories related to a live one by their text and by the graph around their cases
	 * (same station, law, village, deputies, town, district), strongest first.
	 * @return empty when the article is not live in the index
	 */
	List<RelatedArticle> related(String articleId, int size);

	/**
	 * Gives the query analyzer these synonym rules (the Solr format, one rule each): they
	 * apply to the next query, without reindexing.
	 * @return how many rules apply now
	 * @throws IllegalArgumentException when a rule cannot be read
	 */
	int applySynonyms(List<String> rules);

}
