package org.grassroots;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.grassroots.graph.SharedNeo4j;
import org.grassroots.search.SharedElasticsearch;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The whole application over HTTP against the shared Neo4j and Elasticsearch; every
 * subclass shares one application context.
 */
@Import({ StatementCounter.class, FieldCounter.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "grassroots.demo-data.load=always",
				// The tests publish the demo stories they need, in their own order
				"grassroots.publishing.demo-stories=false", "grassroots.admin.username=editor",
				"grassroots.admin.password=correct-horse-battery",
				"spring.graphql.cors.allowed-origins=https://frontend.example",
				"spring.graphql.cors.allowed-methods=GET,POST",
				// Every test signs in from 127.0.0.1: the address limit is for
				// SignInThrottleTests
				"grassroots.security.sign-in.address-failures=1000000",
				// Webhook receivers in the tests listen on 127.0.0.1, and fail fast
				"grassroots.delivery.allow-private-addresses=true", "grassroots.delivery.webhook-retry.first=50ms",
				"grassroots.delivery.webhook-retry.longest=200ms", "grassroots.delivery.webhook-retry.attempts=5",
				"grassroots.delivery.search-retry.longest=500ms", "grassroots.publishing.scheduler-interval=250ms" })
abstract class ApiIntegrationTest {

	@LocalServerPort
	int port;

	HttpSyncGraphQlClient anonymous;

	RestClient http;

	@DynamicPropertySource
	static void stores(DynamicPropertyRegistry registry) {
		SharedNeo4j.register(registry);
		SharedElasticsearch.register(registry);
	}

	/** A client signed in as the staff member the test configuration creates. */
	HttpSyncGraphQlClient signedIn() {
		String token = this.anonymous.document("""
				mutation { signIn(input: {username: "editor", password: "correct-horse-battery"}) { token } }""")
			.executeSync()
			.field("signIn.token")
			.toEntity(String.class);
		return this.anonymous.mutate().header("Authorization", "Bearer " + token).build();
	}

	/**
	 * What search answers once the outbox has delivered: publishing commits first and the
	 * index follows within a second or two, so tests wait for it.
	 */
	ClientGraphQlResponse searchUntil(String document, java.util.function.Predicate<ClientGraphQlResponse> found) {
		java.util.concurrent.atomic.AtomicReference<ClientGraphQlResponse> last = new java.util.concurrent.atomic.AtomicReference<>();
		try {
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(15))
				.pollInterval(java.time.Duration.ofMillis(100))
				.until(() -> {
					last.set(this.anonymous.document(document).executeSync());
					return found.test(last.get());
				});
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			throw new AssertionError("Search did not answer as expected within 15 s; last answer: " + last.get(), ex);
		}
		return last.get();
	}

	/**
	 * Every value at a dotted path of the response's data, lists flattened on the way:
	 * {@code all(response, "cases.edges.node.key")}.
	 */
	static List<Object> all(ClientGraphQlResponse response, String path) {
		List<Object> values = new ArrayList<>();
		values.add(response.getData());
		for (String name : path.split("\\.")) {
			values = values.stream()
				.flatMap((value) -> (value instanceof List<?> list) ? list.stream() : Stream.of(value))
				.map((value) -> ((Map<?, ?>) value).get(name))
				.flatMap((value) -> (value instanceof List<?> list) ? list.stream().map(Object.class::cast)
						: Stream.ofNullable(value))
				.toList();
		}
		return values;
	}

	/** The hex SHA-256 of a document, as automatic persisted queries name it. */
	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@BeforeEach
	void clients() {
		this.http = RestClient.create("http://127.0.0.1:" + this.port);
		this.anonymous = HttpSyncGraphQlClient.builder(this.http)
			.url("http://127.0.0.1:" + this.port + "/graphql")
			.build();
	}

}
