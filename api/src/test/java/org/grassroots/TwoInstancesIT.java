package org.grassroots;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.api.paging.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grassroots.StaffFixture.NANCUN;
import static org.grassroots.StaffFixture.PENGJIANG;
import static org.grassroots.StaffFixture.ok;

/**
 * A second application instance on the same Neo4j (in external mode, against the first
 * one's Bolt port) and the same Elasticsearch: both look for due scheduled actions, and
 * each action runs once.
 */
class TwoInstancesIT extends StaffIntegrationTest {

	private static final int STORIES = 12;

	@Value("${spring.neo4j.uri}")
	String neo4jUri;

	@Value("${spring.neo4j.authentication.password:}")
	String neo4jPassword;

	@Value("${spring.elasticsearch.uris}")
	String elasticsearchUris;

	@Test
	void scheduledPublicationsRunOnceWithTwoInstancesLookingForThem() {
		HttpSyncGraphQlClient editor = this.staff.as(this.staff.account("twin-editor", "EDITOR", PENGJIANG));
		HttpSyncGraphQlClient publisher = this.staff.as(this.staff.account("twin-publisher", "PUBLISHER", PENGJIANG));
		try (ConfigurableApplicationContext second = secondInstance()) {
			List<Map<String, Object>> stories = new ArrayList<>();
			for (int i = 0; i < STORIES; i++) {
				Map<String, Object> story = PublishingWorkflowIT.draft(editor,
						(String) this.staff.caseIn(NANCUN, "MICRO_PROJECT").get("key"));
				story = ok(PublishingWorkflowIT.step(editor, "submitArticle", story)).field("submitArticle.article")
					.toEntity(Map.class);
				story = ok(PublishingWorkflowIT.step(publisher, "approveArticle", story))
					.field("approveArticle.article")
					.toEntity(Map.class);
				stories.add(story);
			}
			// One moment for every story, a little after the last of them is scheduled
			String at = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusSeconds(3).toString();
			for (Map<String, Object> story : stories) {
				ok(publisher.document("""
						mutation($id: ID!, $v: Int!, $p: String!) {
						  scheduleArticle(input: {id: $id, version: $v, publishAt: $p}) { article { key } } }""")
					.variable("id", story.get("id"))
					.variable("v", story.get("version"))
					.variable("p", at)
					.executeSync());
			}
			List<String> keys = stories.stream().map((story) -> (String) story.get("key")).toList();

			await().atMost(Duration.ofSeconds(15)).until(() -> published(keys) == STORIES);

			Map<String, Long> publications = new HashMap<>();
			this.neo4j.query("""
					MATCH (o:OutboxEvent {type: 'ArticlePublished'}) WHERE o.targetKey IN $keys
					RETURN o.targetKey AS key, count(*) AS publications""")
				.bind(keys)
				.to("keys")
				.fetch()
				.all()
				.forEach((row) -> publications.put((String) row.get("key"), (Long) row.get("publications")));
			assertThat(publications).hasSize(STORIES).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
			assertThat(this.neo4j.query("""
					MATCH (a:Article) WHERE a.id IN $keys AND a.publishAt IS NOT NULL RETURN count(a)""")
				.bind(keys)
				.to("keys")
				.fetchAs(Long.class)
				.one()).contains(0L);
			assertThat(GlobalId.of("Article", keys.getFirst())).isNotBlank();
		}
	}

	private long published(List<String> keys) {
		return this.neo4j.query("MATCH (a:Article) WHERE a.id IN $keys AND a.live = true RETURN count(a)")
			.bind(keys)
			.to("keys")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	private ConfigurableApplicationContext secondInstance() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", "0");
		properties.put("spring.neo4j.uri", this.neo4jUri);
		if (!this.neo4jPassword.isEmpty()) {
			properties.put("spring.neo4j.authentication.username", "neo4j");
			properties.put("spring.neo4j.authentication.password", this.neo4jPassword);
		}
		properties.put("spring.elasticsearch.uris", this.elasticsearchUris);
		properties.put("grassroots.demo-data.load", "never");
		properties.put("grassroots.admin.username", "editor");
		properties.put("grassroots.admin.password", "correct-horse-battery");
		properties.put("grassroots.publishing.scheduler-interval", "250ms");
		return new SpringApplicationBuilder(GrassrootsApplication.class).properties(properties).run();
	}

}
