package org.grassroots.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.graph.bench.BaselinePages;
import org.grassroots.graph.bench.BenchmarkSamples;
import org.grassroots.graph.embedded.EmbeddedNeo4jServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./grassroots bench <preset> --bench.peers=true}: the five pages through this
 * API, through the Neo4j GraphQL Library ({@link LibraryPeer}, the node pages) and as the
 * hand-written Cypher behind a minimal HTTP endpoint ({@link RawEndpoint}), all three
 * against the same embedded database, interleaved at each concurrency. Before measuring,
 * each page's first samples are asked of all three and the keys they answer compared.
 */
final class PeerPages {

	private static final Logger logger = LoggerFactory.getLogger(PeerPages.class);

	private static final int[] CONCURRENCY = { 1, 8, 32 };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern KEY = Pattern.compile("\"(?:key|id)\":\"([^\"]+)\"");

	private PeerPages() {
	}

	static String measure(BenchApplication application, FrontendPages pages, BaselinePages baseline, Duration measured,
			Duration warmUp) throws IOException, InterruptedException {
		EmbeddedNeo4jServer database = application.context().getBean(EmbeddedNeo4jServer.class);
		BenchmarkSamples samples = pages.samples();
		List<String[]> pageTwos = pages.pageTwos();
		try (RawEndpoint endpoint = new RawEndpoint(baseline);
				LibraryPeer library = LibraryPeer.start(Path.of("data", "bench", "library-peer"),
						URI.create(database.boltUri().toString()), database.password())) {
			RawHttp raw = new RawHttp(endpoint.port());
			List<Load.Request> rawPages = raw.pages(samples, pageTwos);
			List<Load.Request> libraryPages = library.pages(samples);
			StringBuilder table = new StringBuilder(
					"""
							| Page | Concurrency | GraphQL req/s | GraphQL p50 ms | GraphQL p99 ms | Library req/s | Library p50 ms | Library p99 ms | Raw req/s | Raw p50 ms | Raw p99 ms | GraphQL / library throughput | GraphQL / raw p50 |
							|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
							""");
			StringBuilder agreement = new StringBuilder(
					"\n| Page | Same keys as the library | Same keys as the raw endpoint |\n|---|---|---|\n");
			String chosen = application.property("bench.pages", "");
			for (int index = 0; index < FrontendPages.NAMES.size(); index++) {
				if (!FrontendPages.chosen(chosen, index)) {
					continue;
				}
				int page = index;
				Load.Request graphql = (n) -> pages.send(page, n);
				Load.Request libraryPage = (page < libraryPages.size()) ? libraryPages.get(page) : null;
				agreement.append(agreement(pages, page, library, baseline, samples, pageTwos));
				Load.warm(warmUp, graphql, rawPages.get(page), libraryPage);
				for (int concurrency : CONCURRENCY) {
					Load.Measurement api = Load.run(concurrency, Duration.ofSeconds(2), measured, graphql);
					Load.Measurement peer = (libraryPage != null)
							? Load.run(concurrency, Duration.ofSeconds(2), measured, libraryPage) : null;
					Load.Measurement bare = Load.run(concurrency, Duration.ofSeconds(2), measured, rawPages.get(page));
					String row = "| %s | %d | %.0f | %.1f | %.1f | %s | %.0f | %.1f | %.1f | %s | %.2f |%n".formatted(
							FrontendPages.NAMES.get(page), concurrency, api.perSecond(), api.p50Millis(),
							api.p99Millis(),
							(peer != null) ? "%.0f | %.1f | %.1f".formatted(peer.perSecond(), peer.p50Millis(),
									peer.p99Millis()) : "— | — | —",
							bare.perSecond(), bare.p50Millis(), bare.p99Millis(),
							(peer != null) ? "%.2f".formatted(api.perSecond() / peer.perSecond()) : "—",
							api.p50Millis() / bare.p50Millis());
					logger.info(row.strip());
					table.append(row);
				}
			}
			return table.append(agreement).toString();
		}
	}

	/**
	 * The keys (of nodes) each side answers for the page's first samples, compared as
	 * multisets: the documents name fields differently, and Cypher maps have no order.
	 */
	private static String agreement(FrontendPages pages, int page, LibraryPeer library, BaselinePages baseline,
			BenchmarkSamples samples, List<String[]> pageTwos) throws IOException, InterruptedException {
		boolean sameAsLibrary = true;
		boolean sameAsRaw = true;
		for (long n = 0; n < 5; n++) {
			Map.Entry<String, Map<String, String>> request = pages.request(page, n);
			List<String> ours = keys(pagesAnswer(pages, request));
			List<String> raw = keys(rawAnswer(baseline, page, samples, pageTwos, n));
			// The raw case list reads one case more, to know whether another page follows
			sameAsRaw &= (page == 3) ? raw.containsAll(ours) && raw.size() - ours.size() <= 1 : ours.equals(raw);
			String key = switch (page) {
				case 0 -> FrontendPages.pick(samples.stations(), n);
				case 1 -> FrontendPages.pick(samples.deputies(), n);
				case 2 -> FrontendPages.pick(samples.villages(), n);
				default -> null;
			};
			if (key != null) {
				String document = List.of(LibraryPeer.STATION, LibraryPeer.DEPUTY, LibraryPeer.VILLAGE).get(page);
				List<String> theirs = keys(library.post(document, key));
				if (!ours.equals(theirs)) {
					sameAsLibrary = false;
					logger.warn("{} {}: the library answered {} keys, this API {}", FrontendPages.NAMES.get(page), key,
							theirs.size(), ours.size());
				}
			}
		}
		return "| %s | %s | %s |%n".formatted(FrontendPages.NAMES.get(page),
				(page < 3) ? (sameAsLibrary ? "yes" : "no") : "—", sameAsRaw ? "yes" : "no");
	}

	private static String pagesAnswer(FrontendPages pages, Map.Entry<String, Map<String, String>> request)
			throws IOException, InterruptedException {
		return pages.http().post(request.getKey(), request.getValue());
	}

	private static String rawAnswer(BaselinePages baseline, int page, BenchmarkSamples samples, List<String[]> pageTwos,
			long n) {
		Object answer = switch (page) {
			case 0 -> baseline.stationPage(FrontendPages.pick(samples.stations(), n));
			case 1 -> baseline.deputyPage(FrontendPages.pick(samples.deputies(), n));
			case 2 -> baseline.villagePage(FrontendPages.pick(samples.villages(), n));
			case 3 -> {
				String[] second = FrontendPages.pick(pageTwos, n);
				yield baseline.caseListPage(second[0], FrontendPages.FROM, FrontendPages.TO, LocalDate.parse(second[3]),
						second[2]);
			}
			default -> baseline.dashboard(FrontendPages.pick(samples.districts(), n));
		};
		return JSON.writeValueAsString(answer);
	}

	private static List<String> keys(@Nullable String json) {
		List<String> keys = new ArrayList<>();
		if (json != null) {
			Matcher matcher = KEY.matcher(json);
			while (matcher.find()) {
				keys.add(matcher.group(1));
			}
		}
		keys.sort(null);
		return keys;
	}

}
