package org.grassroots.search.article;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A page of search results.
 *
 * @param total how many articles match (under every filter)
 * @param hits this page's hits, in the query's order
 * @param next where the next page starts, null on the last page
 * @param facets per facet, the values with how many matches each would give: counted
 * under the query and every other facet's filter, not its own
 * @param didYouMean words like the query's (a homophone read by pinyin) that find
 * something, when the query found nothing
 */
public record ArticleSearchResult(long total, List<ArticleHit> hits, @Nullable SearchCursor next,
		Map<ArticleQuery.Facet, List<FacetCount>> facets, @Nullable String didYouMean) {

	public ArticleSearchResult {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
	}

	/**
	 * @param value the key a filter names
	 * @param label the name a visitor reads
	 * @param count how many matches the value would give
	 */
	public record FacetCount(String value, String label, long count) {
	}

}
