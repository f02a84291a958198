package org.grassroots.search.article;

/**
 * The public article index, searched in Chinese.
 */
public interface ArticleIndex {

	/**
	 * Adds or replaces the article; it is searchable when this returns.
	 */
	void index(ArticleDocument article);

	/**
	 * Full-text search over title, summary and body, by words and by character bigrams.
	 * @param query what the visitor typed
	 * @param size how many hits to return
	 */
	ArticleSearchResult search(String query, int size);

}
