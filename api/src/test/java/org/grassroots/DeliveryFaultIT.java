package org.grassroots;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import org.grassroots.application.access.Caller;
import org.grassroots.application.publishing.ArticleWorkflow;
import org.grassroots.graph.article.ArticleStore;
import org.grassroots.graph.article.Publication;
import org.grassroots.graph.delivery.Deliveries;
import org.grassroots.search.FrozenElasticsearch;
import org.grassroots.search.article.ArticleDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grassroots.StaffFixture.NANCUN;
import static org.grassroots.StaffFixture.ok;

/**
 * A thousand publications, republications and take-downs while Elasticsearch stops
 * answering twice and a webhook receiver fails at random: once the outbox has drained,
 * the index holds exactly what the graph says is live (nothing lost, nothing stale,
 * nothing extra) and the receiver got every event, each article's in order.
 */
class DeliveryFaultIT extends StaffIntegrationTest {

	private static final int OPERATIONS = 1_000;

	private static final int STORIES = 25;

	private static final Caller ADMIN = new Caller("editor", true, Map.of());

	@Autowired
	ArticleWorkflow workflow;

	@Autowired
	ArticleStore articles;

	@Autowired
	Deliveries deliveries;

	@Autowired
	ElasticsearchClient elasticsearch;

	@Test
	void theIndexAndTheWebhookReceiverEndUpWithWhatTheGraphSaysAfterOutagesAndFailures() throws Exception {
		List<String> caseKeys = new ArrayList<>();
		for (int i = 0; i < STORIES; i++) {
			caseKeys.add((String) this.staff.caseIn(NANCUN, "MICRO_PROJECT").get("key"));
		}
		Random random = new Random(20261201);
		Map<String, Integer> refusals = new ConcurrentHashMap<>();
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			// Fails a quarter of the requests, never one message more than three times
			// (the tests' endpoints give up after five attempts)
			receiver.accept((id) -> refusals.merge(id, 1, Integer::sum) > 3 || random.nextInt(4) != 0);
			String endpoint = ok(this.staff.admin()
				.document("mutation($url: String!) { registerWebhook(input: {url: $url}) { endpoint { key } } }")
				.variable("url", receiver.url())
				.executeSync()).field("registerWebhook.endpoint.key").toEntity(String.class);
			try {
				run(caseKeys, random);
				await().atMost(Duration.ofSeconds(120))
					.pollInterval(Duration.ofMillis(500))
					.until(() -> this.deliveries.pending("search") == 0
							&& this.deliveries.pending("webhook:" + endpoint) == 0);

				assertIndexMatchesTheGraph(caseKeys);
				assertEveryEventWasReceivedInOrder(caseKeys, receiver);
			}
			finally {
				ok(this.staff.admin()
					.document(
							"mutation($k: String!) { updateWebhook(input: {key: $k, active: false}) { endpoint { key } } }")
					.variable("k", endpoint)
					.executeSync());
			}
		}
	}

	private void run(List<String> caseKeys, Random random) {
		FrozenElasticsearch frozen = null;
		for (int i = 0; i < OPERATIONS; i++) {
			if (i == 200 || i == 600) {
				frozen = FrozenElasticsearch.freeze();
			}
			if ((i == 400 || i == 800) && frozen != null) {
				frozen.close();
				frozen = null;
			}
			String caseKey = caseKeys.get(random.nextInt(caseKeys.size()));
			String id = "article-" + caseKey;
			var story = this.articles.publication(id);
			if (story.isPresent() && story.get().live() != null && random.nextInt(3) == 0) {
				this.workflow.unpublish(ADMIN, id, this.workflow.find(ADMIN, id).version());
			}
			else {
				this.workflow.publishCase(ADMIN, caseKey, null);
			}
		}
		if (frozen != null) {
			frozen.close();
		}
	}

	private void assertIndexMatchesTheGraph(List<String> caseKeys) throws Exception {
		List<String> ids = caseKeys.stream().map((key) -> "article-" + key).toList();
		MgetResponse<ArticleDocument> indexed = this.elasticsearch.mget((get) -> get.index("articles").ids(ids),
				ArticleDocument.class);
		Map<String, Integer> inIndex = new HashMap<>();
		indexed.docs().forEach((doc) -> {
			if (doc.isResult() && doc.result().found() && doc.result().source().live()) {
				inIndex.put(doc.result().id(), doc.result().source().revision());
			}
		});
		Map<String, Integer> inGraph = new HashMap<>();
		for (String id : ids) {
			this.articles.publication(id)
				.map(Publication::live)
				.ifPresent((live) -> inGraph.put(id, live.article().revision()));
		}
		Set<String> lost = new HashSet<>(inGraph.keySet());
		lost.removeAll(inIndex.keySet());
		Set<String> extra = new HashSet<>(inIndex.keySet());
		extra.removeAll(inGraph.keySet());
		List<String> stale = inGraph.keySet()
			.stream()
			.filter(inIndex::containsKey)
			.filter((id) -> !inGraph.get(id).equals(inIndex.get(id)))
			.toList();
		assertThat(inGraph).isNotEmpty();
		assertThat(lost).as("lost").isEmpty();
		assertThat(stale).as("stale").isEmpty();
		assertThat(extra).as("extra").isEmpty();
	}

	private void assertEveryEventWasReceivedInOrder(List<String> caseKeys, WebhookReceiver receiver) {
		List<String> ids = caseKeys.stream().map((key) -> "article-" + key).toList();
		Map<String, List<String>> events = new LinkedHashMap<>();
		this.neo4j.query("""
				MATCH (o:OutboxEvent) WHERE o.targetKey IN $ids AND o.type STARTS WITH 'Article'
				RETURN o.targetKey AS article, o.id AS id ORDER BY id""")
			.bind(ids)
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> events.computeIfAbsent((String) row.get("article"), (a) -> new ArrayList<>())
				.add((String) row.get("id")));
		Map<String, List<String>> received = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (WebhookReceiver.Received request : receiver.received()) {
			if (seen.add(request.id())) {
				String article = request.body().replaceAll("(?s).*\"targetKey\":\"([^\"]+)\".*", "$1");
				received.computeIfAbsent(article, (a) -> new ArrayList<>()).add(request.id());
			}
		}
		assertThat(events.values().stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(OPERATIONS);
		events.forEach((article, expected) -> assertThat(received.get(article)).as(article).isEqualTo(expected));
	}

}
