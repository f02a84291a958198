package org.grassroots.search.article;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor asks of search.
 *
 * @param text the words (Chinese, traditional or simplified, or pinyin)
 * @param filters the chosen facet values: each facet narrows to any of its values, the
 * facets together to all of them
 * @param order best matches first, or newest first
 * @param size how many hits a page holds
 * @param after the cursor of the last hit of the previous page, or null for the first
 */
public record ArticleQuery(String text, Map<Facet, List<String>> filters, Order order, int size,
		@Nullable SearchCursor after) {

	public ArticleQuery {
		filters = Map.copyOf(filters);
	}

	/** The first page of the best matches, unfiltered. */
	public static ArticleQuery of(String text, int size) {
		return new ArticleQuery(text, Map.of(), Order.RELEVANCE, size, null);
	}

	/** The chosen values of one facet, empty when it does not narrow. */
	List<String> chosen(Facet facet) {
		return this.filters.getOrDefault(facet, List.of());
	}

	/** How hits are ordered. */
	public enum Order {

		/** Best matches first, ties newest first. */
		RELEVANCE,
		/** Newest publication first. */
		NEWEST

	}

	/** What results can be narrowed and counted by. */
	public enum Facet {

		DISTRICT("context.districts"), TOWN("context.towns"), KIND("context.kinds"), YEAR("context.year"),
		STATION_KIND("context.stationKinds"), TAG("tags");

		private final String field;

		Facet(String field) {
			this.field = field;
		}

		String field() {
			return this.field;
		}

		/** Whether its values are stored with their labels ({@link FacetValue}). */
		boolean labelled() {
			return this == DISTRICT || this == TOWN;
		}

	}

}
