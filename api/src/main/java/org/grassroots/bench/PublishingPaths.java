package org.grassroots.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.graph.account.StaffAccount;
import org.grassroots.graph.account.StaffAccounts;
import org.grassroots.graph.article.ArticleStore;
import org.grassroots.graph.bench.BenchmarkSamples;
import org.grassroots.graph.delivery.Deliveries;
import org.grassroots.search.bench.IndexProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Publishing as measured from outside: how long after {@code publishCase} answers a story
 * is found by a search (the index refreshed), how many outbox events per second reach the
 * index, and how long search takes to catch up with a thousand publications made while
 * the index refused writes.
 */
final class PublishingPaths {

	private static final Logger logger = LoggerFactory.getLogger(PublishingPaths.class);

	private static final String ADMIN = "bench-publisher";

	private static final String PASSWORD = "bench-publisher-passphrase";

	private static final int WARM_UP = 50;

	private static final int LATENCY_SAMPLES = 200;

	private static final int BURST = 1_000;

	private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	private static final String CREATE = """
			mutation($input: CreateCaseInput!) { createCase(input: $input) { case { id } } }""";

	private static final String PUBLISH = """
			mutation($id: ID!) { publishCase(input: {caseId: $id}) { article { key } } }""";

	private final GraphQlHttp admin;

	private final BenchmarkSamples samples;

	private final ArticleStore articles;

	private final Deliveries deliveries;

	private final IndexProbe index;

	private final AtomicLong created = new AtomicLong();

	private PublishingPaths(GraphQlHttp admin, BenchmarkSamples samples, ApplicationContext context) {
		this.admin = admin;
		this.samples = samples;
		this.articles = context.getBean(ArticleStore.class);
		this.deliveries = context.getBean(Deliveries.class);
		this.index = IndexProbe.of(context);
	}

	/**
	 * Creates (or resets) the benchmark's administrator, signs in and measures.
	 * @return the Markdown table
	 */
	static String measure(ApplicationContext context, GraphQlHttp http, BenchmarkSamples samples)
			throws IOException, InterruptedException {
		return new PublishingPaths(administrator(context, http), samples, context).run();
	}

	/** The client signed in as the benchmark's administrator, created when missing. */
	static GraphQlHttp administrator(ApplicationContext context, GraphQlHttp http)
			throws IOException, InterruptedException {
		StaffAccounts accounts = context.getBean(StaffAccounts.class);
		String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
		if (!accounts.createIfAbsent(StaffAccount.create(ADMIN, hash, true))) {
			accounts.setPasswordHash(ADMIN, hash);
		}
		String body = http.postJson(
				"mutation($u: String!, $p: String!) { signIn(input: {username: $u, password: $p}) { token } }",
				"{\"u\":\"" + ADMIN + "\",\"p\":\"" + PASSWORD + "\"}");
		return http.signedIn(body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1"));
	}

	private String run() throws IOException, InterruptedException {
		StringBuilder table = new StringBuilder("""
				| Publishing | Value |
				|---|---:|
				""");
		// Compiled code and cached plans first, as for the pages
		for (int i = 0; i < WARM_UP; i++) {
			publish(newCase());
		}
		drain();
		List<Long> latencies = new ArrayList<>();
		for (int i = 0; i < LATENCY_SAMPLES; i++) {
			String caseId = newCase();
			long started = System.nanoTime();
			String key = publish(caseId);
			long sequence = this.articles.publication(key).orElseThrow().sequence();
			while (!searchable(key, sequence)) {
				Thread.sleep(2);
			}
			latencies.add(System.nanoTime() - started);
		}
		Collections.sort(latencies);
		row(table, "publish → searchable p50 (ms)", millis(latencies.get(latencies.size() / 2)));
		row(table, "publish → searchable p99 (ms)", millis(latencies.get((int) (latencies.size() * 0.99))));

		List<String> burst = cases(BURST);
		long started = System.nanoTime();
		publishAll(burst);
		long published = System.nanoTime();
		drain();
		long drained = System.nanoTime();
		row(table, "burst of " + BURST + " publications: requests/s", BURST / seconds(published - started));
		row(table, "burst: outbox events to search per second (publish start → index caught up)",
				BURST / seconds(drained - started));
		row(table, "burst: index behind the last publication (ms)", millis(drained - published));

		List<String> outage = cases(BURST);
		block(true);
		try {
			publishAll(outage);
		}
		finally {
			block(false);
		}
		long back = System.nanoTime();
		drain();
		row(table, "after " + BURST + " publications during a write outage: index caught up in (ms)",
				millis(System.nanoTime() - back));
		return table.toString();
	}

	private String newCase() throws IOException, InterruptedException {
		String village = FrontendPages.pick(this.samples.villages(), this.created.get());
		String body = this.admin.postJson(CREATE, """
				{"input": {"kind": "MICRO_PROJECT", "title": "发布基准 %d", "regionKey": %s,
				 "summary": "居民反映的问题", "narrative": "代表收集意见后，问题得到解决。"}}""".formatted(this.created.incrementAndGet(),
				GraphQlHttp.json(village)));
		Matcher id = ID.matcher(body);
		if (!id.find()) {
			throw new IllegalStateException("createCase failed: " + body);
		}
		return id.group(1);
	}

	private List<String> cases(int count) throws IOException, InterruptedException {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(newCase());
		}
		return ids;
	}

	private String publish(String caseId) throws IOException, InterruptedException {
		String body = this.admin.postJson(PUBLISH, "{\"id\":" + GraphQlHttp.json(caseId) + "}");
		return body.replaceAll(".*\"key\":\"([^\"]+)\".*", "$1");
	}

	/** Eight clients publish the cases, as a busy newsroom would. */
	private void publishAll(List<String> caseIds) throws InterruptedException {
		AtomicLong next = new AtomicLong();
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < 8; c++) {
			clients.add(Thread.ofVirtual().start(() -> {
				for (long i = next.getAndIncrement(); i < caseIds.size(); i = next.getAndIncrement()) {
					try {
						publish(caseIds.get((int) i));
					}
					catch (IOException ex) {
						throw new IllegalStateException(ex);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}));
		}
		for (Thread client : clients) {
			client.join();
		}
	}

	private void drain() throws InterruptedException {
		while (this.deliveries.pending("search") > 0) {
			Thread.sleep(5);
		}
	}

	private boolean searchable(String key, long sequence) {
		return this.index.searchable(key, sequence);
	}

	private void block(boolean blocked) {
		this.index.blockWrites(blocked);
		logger.info("Index writes {}", blocked ? "blocked" : "allowed again");
	}

	private static void row(StringBuilder table, String name, double value) {
		String row = "| %s | %.1f |%n".formatted(name, value);
		logger.info(row.strip());
		table.append(row);
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static double seconds(long nanos) {
		return nanos / 1_000_000_000.0;
	}

}
