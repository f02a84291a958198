package org.grassroots.graph.analytics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Counts of visitors' searches per day and query text ({@code :SearchQuery}).
 */
public interface SearchQueries {

	/** Adds the counts, one statement for all of them. */
	void add(Collection<Count> counts);

	/**
	 * The days' totals and their most frequent queries.
	 * @param from first day, inclusive
	 * @param to last day, inclusive
	 * @param limit how many queries each list holds
	 */
	Summary summary(LocalDate from, LocalDate to, int limit);

	/**
	 * Searches of one query on one day.
	 *
	 * @param day the day (Asia/Shanghai)
	 * @param text the query as normalized
	 * @param searches how many times it was searched
	 * @param withoutResults how many of those found nothing
	 */
	record Count(LocalDate day, String text, long searches, long withoutResults) {
	}

	/**
	 * @param searches all searches in the days
	 * @param withoutResults those that found nothing
	 * @param top the most searched queries, summed over the days
	 * @param topWithoutResults the queries that most often found nothing
	 */
	record Summary(long searches, long withoutResults, List<Total> top, List<Total> topWithoutResults) {

		public Summary {
			top = List.copyOf(top);
			topWithoutResults = List.copyOf(topWithoutResults);
		}

	}

	/**
	 * @param text the query
	 * @param searches how many times
	 * @param withoutResults how many times without results
	 */
	record Total(String text, long searches, long withoutResults) {
	}

}
