package org.grassroots.graph.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.grassroots.graph.failure.GraphFailures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The embedded server's Bolt port asks for a password, kept beside the database, and its
 * limits stop a runaway transaction before it holds the server or fills the heap.
 */
class EmbeddedNeo4jServerIT {

	@TempDir
	static Path directory;

	static EmbeddedNeo4jServer server;

	@BeforeAll
	static void start() {
		server = TightlyLimitedServer.start(directory);
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void boltRefusesAClientWithoutThePassword() {
		try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(driver::verifyConnectivity);
		}
		try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(driver::verifyConnectivity);
		}
	}

	@Test
	void theGeneratedPasswordIsKeptBesideTheDatabaseAndOpensBolt() throws Exception {
		Path file = directory.resolve(EmbeddedNeo4jServer.PASSWORD_FILE);

		assertThat(Files.readString(file).strip()).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
		try (Driver driver = GraphDatabase.driver(server.boltUri(),
				AuthTokens.basic(EmbeddedNeo4jServer.USER, server.password()))) {
			assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt())
				.isEqualTo(1);
		}
	}

	@Test
	void aTransactionOverItsTimeIsStoppedAndReportedAsUnavailable() {
		try (Driver driver = driver()) {
			long started = System.nanoTime();
			Throwable failure = catchThrowable(() -> Neo4jClient.create(driver)
				.query("UNWIND range(1, 2000000000) AS x RETURN sum(x) AS total")
				.fetch()
				.one());

			assertThat(GraphFailures.isUnavailable(failure)).as(failure.toString()).isTrue();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		}
	}

	@Test
	void aTransactionOverItsMemoryIsStoppedBeforeTheHeapFillsAndReportedAsUnavailable() {
		try (Driver driver = driver()) {
			Throwable failure = catchThrowable(() -> Neo4jClient.create(driver)
				.query("UNWIND range(1, 5000000) AS x RETURN collect(toString(x)) AS all")
				.fetch()
				.one());

			assertThat(GraphFailures.isUnavailable(failure)).as(failure.toString()).isTrue();
		}
	}

	@Test
	void aStatementThatIsWrongIsNotMistakenForAnUnavailableGraph() {
		try (Driver driver = driver()) {
			Throwable failure = catchThrowable(() -> Neo4jClient.create(driver).query("RETURN 1 +").fetch().one());

			assertThat(failure).isNotNull();
			assertThat(GraphFailures.isUnavailable(failure)).isFalse();
		}
	}

	private static Driver driver() {
		return GraphDatabase.driver(server.boltUri(), AuthTokens.basic(EmbeddedNeo4jServer.USER, server.password()));
	}

}
