package org.grassroots;

import java.time.Duration;

import org.grassroots.api.paging.GlobalId;
import org.grassroots.search.FrozenElasticsearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store that stops answering costs its callers a bounded wait and a clear error, not
 * the service: with Elasticsearch frozen, search and publishing answer
 * {@code UNAVAILABLE} on their field within the request budget (5 s), graph reads go on,
 * and health says which component is down.
 */
class DeadlinesIT extends ApiIntegrationTest {

	private static final Duration BUDGET = Duration.ofSeconds(5);

	RawHttp raw;

	@BeforeEach
	void raw() {
		this.raw = new RawHttp(this.port);
	}

	@Test
	void aFrozenSearchIsReportedUnavailableOnItsFieldWhileTheGraphAnswersTheRest() {
		try (FrozenElasticsearch frozen = FrozenElasticsearch.freeze()) {
			long started = System.nanoTime();
			ClientGraphQlResponse search = this.anonymous
				.document("{ searchArticles(query: \"路灯\") { totalCount } cases(first: 2) { totalCount } }")
				.executeSync();
			Duration waited = Duration.ofNanos(System.nanoTime() - started);

			assertThat(search.getErrors()).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("UNAVAILABLE");
				assertThat(error.getPath()).isEqualTo("searchArticles");
				assertThat(error.getMessage()).contains("Search did not answer in time");
			});
			assertThat(waited).isLessThan(BUDGET);
			assertThat(search.field("searchArticles").<Object>getValue()).isNull();
			assertThat(search.field("cases.totalCount").toEntity(Integer.class)).isPositive();

			ClientGraphQlResponse graph = this.anonymous.document("{ cases(first: 2) { totalCount } }").executeSync();
			assertThat(graph.getErrors()).isEmpty();
			assertThat(graph.field("cases.totalCount").toEntity(Integer.class)).isPositive();
		}
		ClientGraphQlResponse thawed = this.anonymous.document("{ searchArticles(query: \"路灯\") { totalCount } }")
			.executeSync();
		assertThat(thawed.getErrors()).isEmpty();
	}

	@Test
	void publishingWhileSearchIsFrozenSucceedsAtOnceAndTheStoryIsFoundOnceSearchIsBack() {
		var staff = signedIn();
		try (FrozenElasticsearch frozen = FrozenElasticsearch.freeze()) {
			long started = System.nanoTime();
			ClientGraphQlResponse published = staff
				.document("mutation { publishCase(input: {caseId: \"%s\"}) { article { slug } } }"
					.formatted(GlobalId.of("Case", "xinhui-muzhou-typhoon-trees")))
				.executeSync();

			assertThat(published.getErrors()).isEmpty();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
		}
		ClientGraphQlResponse found = searchUntil("{ searchArticles(query: \"睦洲\") { hits { article { key } } } }",
				(response) -> all(response, "searchArticles.hits.article.key")
					.contains("article-xinhui-muzhou-typhoon-trees"));
		assertThat(found.getErrors()).isEmpty();
	}

	@Test
	void healthReportsAFrozenSearchDownQuickly() {
		try (FrozenElasticsearch frozen = FrozenElasticsearch.freeze()) {
			long started = System.nanoTime();
			RawHttp.Answer health = this.raw.get("/actuator/health");

			assertThat(health.status()).isEqualTo(503);
			assertThat(health.body()).contains("\"elasticsearch\":{\"status\":\"DOWN\"}")
				.contains("\"neo4j\":{\"status\":\"UP\"}");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
		}
	}

}
