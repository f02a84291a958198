package org.grassroots.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.grassroots.GrassrootsApplication;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.graph.bench.BaselinePages;
import org.grassroots.graph.bench.BenchmarkSamples;
import org.grassroots.graph.generator.GenerateCommand;
import org.grassroots.graph.generator.Preset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./grassroots bench <preset> [--bench.seconds=N]}: starts the application on a
 * generated graph (generating it first when the store lacks it), then sends five frontend
 * pages at concurrency 1, 8 and 32, over HTTP and, as the baseline, as one hand-written
 * Cypher query each through the driver. Prints a Markdown table and writes it beside the
 * store.
 */
public final class Benchmark {

	private static final Logger logger = LoggerFactory.getLogger(Benchmark.class);

	private static final int[] CONCURRENCY = { 1, 8, 32 };

	private static final Duration WARM_UP = Duration.ofSeconds(5);

	private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	private static final LocalDate TO = LocalDate.of(2026, 3, 31);

	private static final Pattern END_CURSOR = Pattern.compile("\"endCursor\":\"([^\"]+)\"");

	private static final Pattern KEY_AND_DAY = Pattern.compile("\"key\":\"([^\"]+)\",[^{}]*?\"raisedOn\":\"([^\"]+)\"");

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		String presetName = (args.length > 0 && !args[0].startsWith("--")) ? args[0] : "city";
		Preset preset = Preset.named(presetName);
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--grassroots.demo-data.load=never",
				"--logging.level.root=WARN", "--logging.level.org.grassroots=INFO"));
		if (Stream.of(args).noneMatch((argument) -> argument.startsWith("--grassroots.neo4j.directory="))) {
			// A repeated option would reach Spring as both values joined by a comma
			all.add("--grassroots.neo4j.directory=data/bench/" + preset.name());
		}
		if (preset.cases() > Preset.CITY.cases()) {
			// Stores of millions of nodes: Neo4j sizes its page cache itself
			all.add("--grassroots.neo4j.page-cache=0");
		}
		all.addAll(List.of(args));
		// Generated first, by the generator with its own settings (no transaction
		// limits);
		// nothing is written when the store holds the graph already
		List<String> generate = new ArrayList<>(List.of(preset.name()));
		all.stream().filter((argument) -> argument.startsWith("--grassroots.neo4j.")).forEach(generate::add);
		GenerateCommand.main(generate.toArray(String[]::new));
		try (ConfigurableApplicationContext context = SpringApplication.run(GrassrootsApplication.class,
				all.toArray(String[]::new))) {
			Duration seconds = Duration
				.ofSeconds(Long.parseLong(context.getEnvironment().getProperty("bench.seconds", "6")));
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String table = new Benchmark.Run(new GraphQlHttp(port), context.getBean(BaselinePages.class), seconds)
				.measure();
			String directory = context.getEnvironment().getRequiredProperty("grassroots.neo4j.directory");
			Path report = Path.of(directory).resolveSibling(preset.name() + "-bench.md");
			Files.writeString(report, table);
			System.out.println(table);
			logger.info("Written to {}", report.toAbsolutePath());
		}
	}

	private record Run(GraphQlHttp http, BaselinePages baseline, Duration measured) {

		String measure() throws IOException, InterruptedException {
			BenchmarkSamples samples = this.baseline.samples(50);
			List<String[]> pageTwo = pageTwos(samples.districts());
			logger.info("Samples: {} stations, {} deputies, {} villages, {} districts ({} with a second page)",
					samples.stations().size(), samples.deputies().size(), samples.villages().size(),
					samples.districts().size(), pageTwo.size());
			StringBuilder table = new StringBuilder(
					"""
							| Page | Concurrency | GraphQL p50 ms | GraphQL p99 ms | GraphQL req/s | Cypher p50 ms | Cypher p99 ms | Cypher req/s | GraphQL / Cypher throughput |
							|---|---:|---:|---:|---:|---:|---:|---:|---:|
							""");
			page(table, "station", (n) -> node(Pages.STATION, "Station", pick(samples.stations(), n)),
					(n) -> this.baseline.stationPage(pick(samples.stations(), n)));
			page(table, "deputy", (n) -> node(Pages.DEPUTY, "Representative", pick(samples.deputies(), n)),
					(n) -> this.baseline.deputyPage(pick(samples.deputies(), n)));
			page(table, "village", (n) -> node(Pages.VILLAGE, "Region", pick(samples.villages(), n)),
					(n) -> this.baseline.villagePage(pick(samples.villages(), n)));
			page(table, "case list, page 2", (n) -> caseList(pick(pageTwo, n)), (n) -> {
				String[] second = pick(pageTwo, n);
				this.baseline.caseListPage(second[0], FROM, TO, LocalDate.parse(second[3]), second[2]);
			});
			page(table, "dashboard",
					(n) -> this.http.post(Pages.DASHBOARD, Map.of("district", pick(samples.districts(), n))),
					(n) -> this.baseline.dashboard(pick(samples.districts(), n)));
			return table.toString();
		}

		private void page(StringBuilder table, String name, Load.Request graphql, Load.Request cypher)
				throws InterruptedException {
			// Compiled code and cached plans first: a cold start is not what users meet
			Load.run(8, Duration.ZERO, WARM_UP, graphql);
			Load.run(8, Duration.ZERO, WARM_UP, cypher);
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

		private void node(String document, String type, String key) throws IOException, InterruptedException {
			this.http.post(document, Map.of("id", GlobalId.of(type, key)));
		}

		private void caseList(String[] second) throws IOException, InterruptedException {
			this.http.post(Pages.CASE_LIST,
					Map.of("district", second[0], "from", FROM.toString(), "to", TO.toString(), "after", second[1]));
		}

		/**
		 * Per district with a second page: its key, the first page's end cursor, and the
		 * key and raising day of the first page's last case.
		 */
		private List<String[]> pageTwos(List<String> districts) throws IOException, InterruptedException {
			List<String[]> pageTwos = new ArrayList<>();
			for (String district : districts) {
				String first = this.http.post(Pages.CASE_LIST,
						Map.of("district", district, "from", FROM.toString(), "to", TO.toString()));
				Matcher cursor = END_CURSOR.matcher(first);
				Matcher last = KEY_AND_DAY.matcher(first);
				String[] lastCase = null;
				while (last.find()) {
					lastCase = new String[] { last.group(1), last.group(2) };
				}
				if (first.contains("\"hasNextPage\":true") && cursor.find() && lastCase != null) {
					pageTwos.add(new String[] { district, cursor.group(1), lastCase[0], lastCase[1] });
				}
			}
			return pageTwos;
		}

		private static <T> T pick(List<T> samples, long n) {
			return samples.get((int) (n % samples.size()));
		}

	}

}
