package org.grassroots.application.articles;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.grassroots.application.access.Caller;
import org.grassroots.application.failure.InvalidFields;
import org.grassroots.application.journal.Worker;
import org.grassroots.graph.analytics.SearchQueries;
import org.grassroots.publisher.article.PrepublishChecks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What visitors search, for publicity staff: each search is counted in memory by day and
 * normalized query text and the counts are added to the graph every few seconds (one
 * statement, off the request). Nothing about the caller is kept, and a query that
 * identifies someone (a phone, ID or card number, an e-mail address, a plate) is not kept
 * at all.
 */
@Service
public class SearchAnalytics extends Worker {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final int MAX_DAYS = 366;

	private final SearchQueries queries;

	private final Clock clock;

	/**
	 * Searches and searches without results per key, replaced through the map, never
	 * changed in place.
	 */
	private final Map<Key, long[]> pending = new ConcurrentHashMap<>();

	SearchAnalytics(SearchQueries queries, ObjectProvider<Clock> clock) {
		super("search-analytics", Duration.ofSeconds(5));
		this.queries = queries;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Counts a visitor's search. */
	public void searched(String query, long found) {
		String text = normalized(query);
		if (text.isEmpty() || PrepublishChecks.identifiesSomeone(text)) {
			return;
		}
		long none = (found == 0) ? 1 : 0;
		this.pending.merge(new Key(LocalDate.now(this.clock.withZone(ZONE)), text), new long[] { 1, none },
				(counted, one) -> new long[] { counted[0] + 1, counted[1] + none });
	}

	/** The same words, however typed: trimmed, spaces collapsed, lower case. */
	static String normalized(String query) {
		return query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/**
	 * What was searched in the days (Asia/Shanghai), for staff.
	 * @param limit how many queries each list holds
	 */
	public SearchQueries.Summary summary(Caller caller, LocalDate from, LocalDate to, int limit) {
		caller.signedIn();
		if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new InvalidFields("to", "to must not come before from, and at most " + MAX_DAYS + " days after it");
		}
		work();
		return this.queries.summary(from, to, limit);
	}

	/** Adds what was counted since the last run to the graph. */
	@Override
	protected synchronized void work() {
		List<SearchQueries.Count> counts = new ArrayList<>();
		for (Key key : List.copyOf(this.pending.keySet())) {
			long[] taken = this.pending.remove(key);
			if (taken != null) {
				counts.add(new SearchQueries.Count(key.day(), key.text(), taken[0], taken[1]));
			}
		}
		this.queries.add(counts);
	}

	private record Key(LocalDate day, String text) {
	}

}
