package org.grassroots.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.grassroots.graph.bench.BaselinePages;
import org.grassroots.graph.bench.BenchmarkSamples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./grassroots bench <preset> [--bench.seconds=N]}: starts the application on a
 * generated graph (generating it first when the store lacks it), then sends five frontend
 * pages at concurrency 1, 8 and 32, over HTTP and, as the baseline, as one hand-written
 * Cypher query each through the driver ({@code --bench.peers}: against the Neo4j GraphQL
 * Library and the same Cypher behind a minimal HTTP endpoint, see {@link PeerPages}).
 * Prints a Markdown table and writes it beside the store.
 */
public final class Benchmark {

	private static final Logger logger = LoggerFactory.getLogger(Benchmark.class);

	private static final int[] CONCURRENCY = { 1, 8, 32 };

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (BenchApplication application = BenchApplication.start(args)) {
			Duration seconds = Duration.ofSeconds(Long.parseLong(application.property("bench.seconds", "6")));
			// Per path and page, in turns with the path it is compared with
			Duration warmUp = Duration.ofSeconds(Long.parseLong(application.property("bench.warm-up", "30")));
			BaselinePages baseline = application.context().getBean(BaselinePages.class);
			FrontendPages pages = new FrontendPages(new GraphQlHttp(application.port()), baseline.samples(50));
			String table = "";
			if (Boolean.parseBoolean(application.property("bench.peers", "false"))) {
				table = PeerPages.measure(application, pages, baseline, seconds, warmUp);
			}
			else if (Boolean.parseBoolean(application.property("bench.reads", "true"))) {
				table = new Benchmark.Run(pages, baseline, seconds, warmUp, application.property("bench.pages", ""))
					.measure();
			}
			if (!Boolean.parseBoolean(application.property("bench.writes", "true"))) {
				logger.info("Writes not measured (--bench.writes=false)");
			}
			else {
				table += "\n" + WritePaths.measure(application.context(), new GraphQlHttp(application.port()),
						baseline.samples(50), seconds);
			}
			if (Boolean.parseBoolean(application.property("bench.publishing", "true"))) {
				table += "\n" + PublishingPaths.measure(application.context(), new GraphQlHttp(application.port()),
						baseline.samples(50));
			}
			if (Boolean.parseBoolean(application.property("bench.search", "true"))) {
				table += "\n" + SearchPaths.measure(application.context(), new GraphQlHttp(application.port()),
						Integer.parseInt(application.property("bench.search-articles", "20000")), seconds, warmUp);
			}
			Path report = application.report("-bench.md");
			Files.writeString(report, table);
			System.out.println(table);
			logger.info("Written to {}", report.toAbsolutePath());
		}
	}

	private record Run(FrontendPages pages, BaselinePages baseline, Duration measured, Duration warmUp, String chosen) {

		String measure() throws InterruptedException {
			BenchmarkSamples samples = this.pages.samples();
			List<String[]> pageTwo = this.pages.pageTwos();
			logger.info("Samples: {} stations, {} deputies, {} villages, {} districts ({} with a second page)",
					samples.stations().size(), samples.deputies().size(), samples.villages().size(),
					samples.districts().size(), pageTwo.size());
			StringBuilder table = new StringBuilder(
					"""
							| Page | Concurrency | GraphQL p50 ms | GraphQL p99 ms | GraphQL req/s | Cypher p50 ms | Cypher p99 ms | Cypher req/s | GraphQL / Cypher throughput |
							|---|---:|---:|---:|---:|---:|---:|---:|---:|
							""");
			List<Load.Request> cypher = List.of((n) -> this.baseline.stationPage(pick(samples.stations(), n)),
					(n) -> this.baseline.deputyPage(pick(samples.deputies(), n)),
					(n) -> this.baseline.villagePage(pick(samples.villages(), n)), (n) -> {
						String[] second = pick(pageTwo, n);
						this.baseline.caseListPage(second[0], FrontendPages.FROM, FrontendPages.TO,
								LocalDate.parse(second[3]), second[2]);
					}, (n) -> this.baseline.dashboard(pick(samples.districts(), n)));
			for (int index = 0; index < FrontendPages.NAMES.size(); index++) {
				if (!FrontendPages.chosen(this.chosen, index)) {
					continue;
				}
				int page = index;
				page(table, FrontendPages.NAMES.get(page), (n) -> this.pages.send(page, n), cypher.get(page));
			}
			return table.toString();
		}

		private void page(StringBuilder table, String name, Load.Request graphql, Load.Request cypher)
				throws InterruptedException {
			// Compiled code and cached plans first: a cold start is not what users meet
			Load.warm(this.warmUp, graphql, cypher);
			for (int concurrency : CONCURRENCY) {
				Load.Measurement api = Load.run(concurrency, Duration.ofSeconds(2), this.measured, graphql);
				Load.Measurement base = Load.run(concurrency, Duration.ofSeconds(2), this.measured, cypher);
				String row = "| %s | %d | %.1f | %.1f | %.0f | %.1f | %.1f | %.0f | %.2f |%n".formatted(name,
						concurrency, api.p50Millis(), api.p99Millis(), api.perSecond(), base.p50Millis(),
						base.p99Millis(), base.perSecond(), api.perSecond() / base.perSecond());
				logger.info(row.strip());
				table.append(row);
			}
		}

		private static <T> T pick(List<T> samples, long n) {
			return FrontendPages.pick(samples, n);
		}

	}

}
