package org.grassroots.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.bench.BenchArticles;
import org.grassroots.search.article.ArticleIndex;
import org.grassroots.search.article.ArticleQuery;
import org.grassroots.search.bench.IndexProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContext;

/**
 * Visitor search at scale: a live article for each of the first 20,000 generated cases
 * ({@code --bench.search-articles}), the index rebuilt from the graph against a raw
 * {@code _bulk} of the same documents, and search and suggestions through GraphQL against
 * the same queries sent straight to Elasticsearch from the application's client.
 */
final class SearchPaths {

	private static final Logger logger = LoggerFactory.getLogger(SearchPaths.class);

	private static final List<String> QUERIES = List.of("路灯", "排水改造", "公厕", "护栏", "道路 拓宽", "联络站 接待", "扶手", "ludeng",
			"民生微实事", "班次");

	private static final List<String> PREFIXES = List.of("lu", "路", "pai", "排水", "gong", "hu", "dao", "ld", "民生", "fu");

	private static final int[] CONCURRENCY = { 1, 8, 32 };

	private SearchPaths() {
	}

	static String measure(ApplicationContext context, GraphQlHttp http, int articles, Duration seconds, Duration warmUp)
			throws IOException, InterruptedException {
		GraphQlHttp admin = PublishingPaths.administrator(context, http);
		int published = BenchArticles.of(context).publish(articles).size();
		StringBuilder table = new StringBuilder("""
				| Search (%,d published articles) | Value |
				|---|---:|
				""".formatted(published));
		// Whichever writes first meets a colder Elasticsearch: one untimed copy first,
		// then both measured warm. The first rebuild after a start meets a cold
		// application too (code not yet compiled, the graph not in the page cache): it is
		// reported, and a second one is measured warm, as the raw copy is
		IndexProbe probe = IndexProbe.of(context);
		probe.rawBulkCopy(500);
		long[] cold = rebuild(admin);
		long[] warm = rebuild(admin);
		long[] raw = probe.rawBulkCopy(500);
		double coldPerSecond = perSecond(cold);
		double warmPerSecond = perSecond(warm);
		double rawPerSecond = perSecond(raw);
		row(table, "articles in the graph, all copied by each rebuild", warm[0]);
		row(table, "first rebuild after the start, whole: settle, copy, check, switch (documents/s)", coldPerSecond);
		row(table, "next rebuild, warm (documents/s)", warmPerSecond);
		row(table, "raw `_bulk` of the same documents, 500 a request, warm (documents/s)", rawPerSecond);
		row(table, "first rebuild / raw `_bulk` throughput", coldPerSecond / rawPerSecond);
		row(table, "warm rebuild / raw `_bulk` throughput", warmPerSecond / rawPerSecond);
		// A rebuilt index merges its segments for a while after: searches are measured
		// once it is done
		probe.awaitMerged(Duration.ofSeconds(120));
		ArticleIndex index = context.getBean(ArticleIndex.class);
		StringBuilder latencies = new StringBuilder(
				"""

						| Search | Concurrency | GraphQL p50 ms | GraphQL p99 ms | GraphQL req/s | Elasticsearch p50 ms | Elasticsearch p99 ms | Elasticsearch req/s | GraphQL / Elasticsearch p50 |
						|---|---:|---:|---:|---:|---:|---:|---:|---:|
						""");
		Load.Request graphql = (n) -> check(http.post("""
				query($q: String!) { searchArticles(query: $q) { totalCount hits { article { slug title } score
				  highlights { field fragments } } facets { districts { value count } kinds { value count } } } }""",
				Map.of("q", pick(QUERIES, n))));
		Load.Request direct = (n) -> index.search(ArticleQuery.of(pick(QUERIES, n), 10));
		Load.Request suggestions = (n) -> check(
				http.post("query($p: String!) { suggestArticles(prefix: $p) { text kind slug } }",
						Map.of("p", pick(PREFIXES, n))));
		Load.Request directSuggestions = (n) -> index.suggest(pick(PREFIXES, n), 8);
		compare(latencies, "searchArticles", graphql, direct, seconds, warmUp);
		compare(latencies, "suggestArticles", suggestions, directSuggestions, seconds, warmUp);
		return table.append(latencies).toString();
	}

	/**
	 * Rebuilds the index through the admin mutation and waits for it.
	 * @return how many articles were copied (every article in the graph, earlier runs'
	 * too), and the nanoseconds from the rebuild's start to its end, as it reports them
	 */
	private static long[] rebuild(GraphQlHttp admin) throws IOException, InterruptedException {
		admin.post("mutation { reindexSearch(input: {}) { status { state } } }", Map.of());
		String status;
		do {
			// Seldom: each look costs the machine a request the rebuild could use
			Thread.sleep(500);
			status = admin.post("{ searchIndexStatus { state copied error startedAt finishedAt } }", Map.of());
		}
		while (status.contains("\"RUNNING\""));
		if (!status.contains("\"DONE\"")) {
			throw new IllegalStateException("The rebuild failed: " + status);
		}
		Duration took = Duration.between(Instant.parse(field(status, "startedAt")),
				Instant.parse(field(status, "finishedAt")));
		return new long[] { Long.parseLong(status.replaceAll(".*\"copied\":(\\d+).*", "$1")), took.toNanos() };
	}

	/** Documents a second, from how many and the nanoseconds they took. */
	private static double perSecond(long[] copy) {
		return copy[0] / (copy[1] / 1e9);
	}

	private static String field(String json, String name) {
		return json.replaceAll(".*\"" + name + "\":\"([^\"]+)\".*", "$1");
	}

	private static void compare(StringBuilder table, String name, Load.Request graphql, Load.Request direct,
			Duration seconds, Duration warmUp) throws InterruptedException {
		// Both warm: the path through HTTP and GraphQL has more code to compile than the
		// direct call
		Load.warm(warmUp, graphql, direct);
		for (int concurrency : CONCURRENCY) {
			List<Load.Measurement> both = Load.alternating(concurrency, Duration.ofSeconds(1), seconds, graphql,
					direct);
			Load.Measurement api = both.get(0);
			Load.Measurement raw = both.get(1);
			String row = "| %s | %d | %.1f | %.1f | %.0f | %.1f | %.1f | %.0f | %.2f |%n".formatted(name, concurrency,
					api.p50Millis(), api.p99Millis(), api.perSecond(), raw.p50Millis(), raw.p99Millis(),
					raw.perSecond(), api.p50Millis() / raw.p50Millis());
			logger.info(row.strip());
			table.append(row);
		}
	}

	private static void check(String body) {
		if (body.contains("\"errors\"")) {
			throw new IllegalStateException("Search answered with errors: " + body);
		}
	}

	private static void row(StringBuilder table, String name, double value) {
		table.append("| %s | %.2f |%n".formatted(name, value));
		logger.info("{}: {}", name, "%.2f".formatted(value));
	}

	private static <T> T pick(List<T> values, long n) {
		return values.get((int) (n % values.size()));
	}

}
