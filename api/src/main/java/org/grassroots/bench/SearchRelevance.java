package org.grassroots.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.GrassrootsApplication;
import org.grassroots.graph.delivery.Deliveries;
import org.grassroots.search.bench.IndexProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.FileSystemUtils;

/**
 * How good search is, measured: the demo stories published into a fresh store and index,
 * then every query of the evaluation set ({@code bench/search-relevance.tsv}, judged by
 * hand) asked through {@code searchArticles} and through a plain {@code multi_match}
 * baseline, with nDCG@5, recall@10, MRR and the share of queries without results for
 * each. Run by {@code ./grassroots relevance}; the table is written to
 * {@code data/relevance/relevance.md}.
 */
public final class SearchRelevance {

	private static final Logger logger = LoggerFactory.getLogger(SearchRelevance.class);

	private static final Path HOME = Path.of("data/relevance");

	private static final String ADMIN = "relevance-admin";

	private static final String PASSWORD = "relevance-admin-passphrase";

	private static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]+)\"");

	private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	private SearchRelevance() {
	}

	/** One query of the set. */
	record Judged(String query, String kind, Map<String, Integer> grades) {
	}

	public static void main(String[] args) throws Exception {
		FileSystemUtils.deleteRecursively(HOME);
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--grassroots.demo-data.load=always",
				"--grassroots.publishing.demo-stories=false", "--grassroots.neo4j.directory=" + HOME.resolve("neo4j"),
				"--grassroots.elasticsearch.home=" + HOME.resolve("elasticsearch"),
				"--grassroots.admin.username=" + ADMIN, "--grassroots.admin.password=" + PASSWORD,
				"--logging.level.root=WARN", "--logging.level.org.grassroots=INFO"));
		all.addAll(List.of(args));
		try (ConfigurableApplicationContext context = SpringApplication.run(GrassrootsApplication.class,
				all.toArray(String[]::new))) {
			GraphQlHttp http = new GraphQlHttp(((WebServerApplicationContext) context).getWebServer().getPort());
			String token = http
				.postJson(
						"mutation($u: String!, $p: String!) { signIn(input: {username: $u, password: $p}) { token } }",
						"{\"u\":\"" + ADMIN + "\",\"p\":\"" + PASSWORD + "\"}")
				.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
			GraphQlHttp admin = http.signedIn(token);
			int published = publishEveryCase(admin);
			Deliveries deliveries = context.getBean(Deliveries.class);
			while (deliveries.pending("search") > 0) {
				Thread.sleep(50);
			}
			logger.info("{} demo stories published and indexed", published);
			List<Judged> set = evaluationSet();
			IndexProbe baseline = IndexProbe.of(context);
			String table = measure(set, Map.of("searchArticles", (query) -> searched(http, query), "plain multi_match",
					(query) -> caseKeys(baseline.plainSearch(query, 10))));
			Files.writeString(HOME.resolve("relevance.md"), table);
			System.out.println(table);
		}
	}

	private static int publishEveryCase(GraphQlHttp admin) throws IOException, InterruptedException {
		String cases = admin.post("{ cases(first: 100) { edges { node { id } } } }", Map.of());
		Matcher id = ID.matcher(cases);
		int published = 0;
		while (id.find()) {
			admin.postJson("""
					mutation($id: ID!) { publishCase(input: {caseId: $id, overrideReason: "relevance evaluation"}) {
					  article { key } } }""", "{\"id\":" + GraphQlHttp.json(id.group(1)) + "}");
			published++;
		}
		return published;
	}

	private static List<String> searched(GraphQlHttp http, String query) {
		try {
			String body = http.postJson(
					"query($q: String!) { searchArticles(query: $q, first: 10) { hits { article { key } } } }",
					"{\"q\":" + GraphQlHttp.json(query) + "}");
			List<String> keys = new ArrayList<>();
			Matcher key = KEY.matcher(body);
			while (key.find()) {
				keys.add(key.group(1));
			}
			return caseKeys(keys);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The published stories of the demo cases are keyed {@code article-<case key>}. */
	private static List<String> caseKeys(List<String> articleKeys) {
		return articleKeys.stream().map((key) -> key.replaceFirst("^article-", "")).toList();
	}

	static List<Judged> evaluationSet() throws IOException {
		List<Judged> set = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("bench/search-relevance.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t");
				Map<String, Integer> grades = new LinkedHashMap<>();
				for (String judgment : columns[2].split(",")) {
					String[] parts = judgment.strip().split(":");
					grades.put(parts[0], Integer.parseInt(parts[1]));
				}
				set.add(new Judged(columns[0], columns[1], grades));
			}
		}
		return set;
	}

	static String measure(List<Judged> set, Map<String, Function<String, List<String>>> systems) {
		StringBuilder table = new StringBuilder("""
				| Search | nDCG@5 | recall@10 | MRR | no results |
				|---|---:|---:|---:|---:|
				""");
		StringBuilder misses = new StringBuilder();
		for (Map.Entry<String, Function<String, List<String>>> system : new java.util.TreeMap<>(systems).entrySet()) {
			double ndcg = 0;
			double recall = 0;
			double mrr = 0;
			int empty = 0;
			for (Judged judged : set) {
				List<String> ranked = system.getValue().apply(judged.query());
				ndcg += RelevanceMetrics.ndcg(ranked, judged.grades(), 5);
				recall += RelevanceMetrics.recall(ranked, judged.grades(), 10);
				mrr += RelevanceMetrics.reciprocalRank(ranked, judged.grades());
				if (ranked.isEmpty()) {
					empty++;
					misses.append("- ")
						.append(system.getKey())
						.append(": no results for ")
						.append(judged.query())
						.append(" (")
						.append(judged.kind())
						.append(")\n");
				}
			}
			int n = set.size();
			table.append("| %s | %.3f | %.3f | %.3f | %d of %d |%n".formatted(system.getKey(), ndcg / n, recall / n,
					mrr / n, empty, n));
		}
		logger.info("\n{}\n{}", table, misses);
		return table + "\n" + misses;
	}

}
