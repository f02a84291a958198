package org.grassroots.graph.read;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.embedded.EmbeddedNeo4jServer;
import org.grassroots.graph.embedded.TightlyLimitedServer;
import org.grassroots.graph.failure.GraphFailures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A statement run in the database's own transaction answers what the driver answers for
 * it, in the same Java types, and is held to the same transaction limits.
 */
class InProcessStatementsIT {

	private static final String SAMPLE = """
			MATCH (n:Sample {id: $id})
			RETURN n {.*, nested: {pair: [n.size, n.ratio], absent: n.missing},
			          rows: [x IN range(1, 3) | {x: x, day: n.on + duration({days: x})}]} AS result""";

	@TempDir
	static Path directory;

	static EmbeddedNeo4jServer server;

	static Driver driver;

	@BeforeAll
	static void start() {
		server = TightlyLimitedServer.start(directory);
		driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic(EmbeddedNeo4jServer.USER, server.password()));
		driver.executableQuery("""
				CREATE (:Sample {id: 'nancun', name: '南村村', levels: ['TOWN', 'DISTRICT'], counts: [1, 2, 3],
				                 scores: [0.5, 1.5], size: 12, ratio: 0.25, done: true, on: date('2024-03-01'),
				                 at: datetime('2024-03-01T08:30:00+08:00'), bytes: [true, false]})""").execute();
	}

	@AfterAll
	static void stop() {
		driver.close();
		server.close();
	}

	@Test
	void aProjectionReadsTheSameInProcessAsThroughTheDriver() {
		Object throughDriver = driver.executableQuery(SAMPLE)
			.withParameters(Map.of("id", "nancun"))
			.execute()
			.records()
			.getFirst()
			.get("result")
			.asObject();

		Object inProcess = InProcessStatements.first(server.database(), SAMPLE, Map.of("id", "nancun"), "result");

		assertThat(inProcess).isEqualTo(throughDriver);
		assertThat(inProcess).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("levels", List.of("TOWN", "DISTRICT"))
			.containsEntry("counts", List.of(1L, 2L, 3L))
			.containsEntry("size", 12L)
			.containsEntry("on", LocalDate.of(2024, 3, 1));
	}

	@Test
	void rowsReadInProcessAreTheDriversRecordsOfTheSameValues() {
		String cypher = """
				MATCH (n:Sample) UNWIND range(1, 3) AS i
				RETURN n.id AS id, n.levels AS levels, n.size * i AS size, n.ratio AS ratio, n.on AS on, n.at AS at,
				       n.missing AS missing, duration({days: i, hours: 2}) AS span, [n.name, i] AS pair
				ORDER BY size DESC""";

		List<Map<String, Object>> throughDriver = driver.executableQuery(cypher)
			.execute()
			.records()
			.stream()
			.map(org.neo4j.driver.Record::asMap)
			.toList();
		List<org.neo4j.driver.Record> inProcess = InProcessStatements.records(server.database(), cypher, Map.of());

		assertThat(inProcess).map(org.neo4j.driver.Record::asMap).isEqualTo(throughDriver).hasSize(3);
		assertThat(inProcess.getFirst().keys()).containsExactly("id", "levels", "size", "ratio", "on", "at", "missing",
				"span", "pair");
		assertThat(inProcess.getFirst().get("size").asLong()).isEqualTo(36);
		assertThat(inProcess.getFirst().get("missing").isNull()).isTrue();
	}

	@Test
	void aReadAskedFromAVirtualThreadRunsOnAPlatformThreadWithTheSameAnswerAndFailures() throws Exception {
		try (var virtual = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
			Object asked = virtual
				.submit(() -> InProcessStatements.first(server.database(), SAMPLE, Map.of("id", "nancun"), "result"))
				.get();
			String reader = virtual
				.submit(() -> InProcessStatements.records(server.database(), "RETURN 1 AS one", Map.of())
					.getFirst()
					.get("one")
					.asLong() == 1 ? "answered" : "wrong")
				.get();
			Throwable failure = catchThrowable(() -> virtual
				.submit(() -> InProcessStatements.first(server.database(),
						"UNWIND range(1, 2000000000) AS x RETURN sum(x) AS result", Map.of(), "result"))
				.get());

			assertThat(asked)
				.isEqualTo(InProcessStatements.first(server.database(), SAMPLE, Map.of("id", "nancun"), "result"));
			assertThat(reader).isEqualTo("answered");
			assertThat(failure).isInstanceOf(java.util.concurrent.ExecutionException.class);
			assertThat(GraphFailures.isUnavailable(failure.getCause())).as(failure.getCause().toString()).isTrue();
		}
	}

	@Test
	void aStatementWithoutRowsReadsAsNothing() {
		assertThat(InProcessStatements.first(server.database(), SAMPLE, Map.of("id", "nowhere"), "result")).isNull();
	}

	@Test
	void aParameterStaysAValueNeverPartOfTheStatement() {
		String injected = "nancun'}) DETACH DELETE n //";

		assertThat(InProcessStatements.first(server.database(), SAMPLE, Map.of("id", injected), "result")).isNull();
		assertThat(InProcessStatements.first(server.database(), SAMPLE, Map.of("id", "nancun"), "result")).isNotNull();
	}

	@Test
	void aRunawayReadIsStoppedAtTheTransactionTimeAndReportedAsUnavailable() {
		long started = System.nanoTime();
		Throwable failure = catchThrowable(() -> InProcessStatements.first(server.database(),
				"UNWIND range(1, 2000000000) AS x RETURN sum(x) AS result", Map.of(), "result"));

		assertThat(failure).isNotNull();
		assertThat(GraphFailures.isUnavailable(failure)).as(failure.toString()).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void aReadOverItsMemoryIsStoppedAndReportedAsUnavailable() {
		Throwable failure = catchThrowable(() -> InProcessStatements.first(server.database(),
				"UNWIND range(1, 5000000) AS x WITH collect(toString(x)) AS strings RETURN size(strings) AS result",
				Map.of(), "result"));

		assertThat(failure).isNotNull();
		assertThat(GraphFailures.isUnavailable(failure)).as(failure.toString()).isTrue();
	}

}
