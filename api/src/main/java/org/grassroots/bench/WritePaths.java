package org.grassroots.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.graph.access.Role;
import org.grassroots.graph.account.StaffAccount;
import org.grassroots.graph.account.StaffAccounts;
import org.grassroots.graph.bench.BenchmarkSamples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The write path as stewards use it: record a case, advance it, log a duty visit, each at
 * concurrency 1, 8 and 32, signed in as a steward of every sampled district (so that
 * every write composes a real scope condition, not an administrator's "everywhere").
 */
final class WritePaths {

	private static final Logger logger = LoggerFactory.getLogger(WritePaths.class);

	private static final int[] CONCURRENCY = { 1, 8, 32 };

	private static final Duration WARM_UP = Duration.ofSeconds(5);

	private static final String STEWARD = "bench-steward";

	private static final String PASSWORD = "bench-steward-passphrase";

	private static final List<String> STAGES = List.of("REPORTED", "COLLECTED", "ASSIGNED", "HANDLED", "FEEDBACK",
			"EVALUATED");

	private static final Pattern CASE_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	private static final String CREATE = """
			mutation($input: CreateCaseInput!) { createCase(input: $input) { case { id version } } }""";

	private static final String ADVANCE = """
			mutation($input: AdvanceCaseInput!) { advanceCase(input: $input) { case { version status } } }""";

	private static final String VISIT = """
			mutation($input: LogDutyVisitInput!) { logDutyVisit(input: $input) { visit { key } } }""";

	private final GraphQlHttp steward;

	private final BenchmarkSamples samples;

	private final Duration measured;

	private final List<String> created = Collections.synchronizedList(new ArrayList<>());

	/**
	 * Advances sent so far, over every run: each run's own numbering starts again at 0.
	 */
	private final AtomicLong advances = new AtomicLong();

	private WritePaths(GraphQlHttp steward, BenchmarkSamples samples, Duration measured) {
		this.steward = steward;
		this.samples = samples;
		this.measured = measured;
	}

	/**
	 * Creates (or resets) the benchmark's steward, signs in and measures.
	 * @return the Markdown table
	 */
	static String measure(ApplicationContext context, GraphQlHttp http, BenchmarkSamples samples, Duration measured)
			throws IOException, InterruptedException {
		StaffAccounts accounts = context.getBean(StaffAccounts.class);
		String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
		if (!accounts.createIfAbsent(StaffAccount.create(STEWARD, hash, false))) {
			accounts.setPasswordHash(STEWARD, hash);
		}
		samples.districts().forEach((district) -> accounts.grant(STEWARD, Role.STEWARD, district));
		String body = http.postJson(
				"mutation($u: String!, $p: String!) { signIn(input: {username: $u, password: $p}) { token } }",
				"{\"u\":\"" + STEWARD + "\",\"p\":\"" + PASSWORD + "\"}");
		String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		return new WritePaths(http.signedIn(token), samples, measured).run();
	}

	private String run() throws InterruptedException {
		StringBuilder table = new StringBuilder("""
				| Mutation | Concurrency | p50 ms | p99 ms | req/s |
				|---|---:|---:|---:|---:|
				""");
		measure(table, "createCase", this::create);
		List<String> pool = List.copyOf(this.created);
		logger.info("{} cases recorded to advance", pool.size());
		measure(table, "advanceCase", (n) -> advance(pool, this.advances.getAndIncrement()));
		measure(table, "logDutyVisit", this::visit);
		return table.toString();
	}

	private void measure(StringBuilder table, String name, Load.Request request) throws InterruptedException {
		// Compiled code and cached plans first, as for the pages
		Load.run(8, Duration.ZERO, WARM_UP, request);
		for (int concurrency : CONCURRENCY) {
			Load.Measurement measurement = Load.run(concurrency, Duration.ofSeconds(2), this.measured, request);
			String row = "| %s | %d | %.1f | %.1f | %.0f |%n".formatted(name, concurrency, measurement.p50Millis(),
					measurement.p99Millis(), measurement.perSecond());
			logger.info(row.strip());
			table.append(row);
		}
	}

	private void create(long n) throws IOException, InterruptedException {
		String village = FrontendPages.pick(this.samples.villages(), n);
		String body = this.steward.postJson(CREATE, """
				{"input": {"kind": "MICRO_PROJECT", "title": "基准案例 %d", "regionKey": %s,
				 "summary": "居民反映的问题", "figures": {"fundingYuan": 12000, "beneficiaries": 40}}}""".formatted(n,
				GraphQlHttp.json(village)));
		Matcher id = CASE_ID.matcher(body);
		if (id.find()) {
			this.created.add(id.group(1));
		}
	}

	/**
	 * Request n advances case {@code n mod pool} by one stage: each case runs through its
	 * stages in order, from the version its previous stage left.
	 */
	private void advance(List<String> pool, long n) throws IOException, InterruptedException {
		int round = (int) (n / pool.size());
		if (round >= STAGES.size()) {
			throw new IllegalStateException("Every recorded case reached its last stage: measure for less time");
		}
		String id = pool.get((int) (n % pool.size()));
		this.steward.postJson(ADVANCE, """
				{"input": {"id": %s, "version": %d, "stage": "%s", "on": "%s"}}""".formatted(GraphQlHttp.json(id),
				round + 1, STAGES.get(round), LocalDate.of(2026, 1, 10).plusDays(round)));
	}

	private void visit(long n) throws IOException, InterruptedException {
		this.steward.postJson(VISIT,
				"""
						{"input": {"deputyKey": %s, "on": "%s", "kind": "STATION_RECEPTION", "stationKey": %s}}"""
					.formatted(GraphQlHttp.json(FrontendPages.pick(this.samples.deputies(), n)),
							LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(n % 300),
							GraphQlHttp.json(FrontendPages.pick(this.samples.stations(), n))));
	}

}
