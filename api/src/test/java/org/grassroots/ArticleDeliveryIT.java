package org.grassroots;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.grassroots.api.paging.GlobalId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grassroots.StaffFixture.NANCUN;
import static org.grassroots.StaffFixture.ok;

/**
 * Article events reach webhook endpoints through the outbox: signed, in order, retried,
 * and kept as dead letters an administrator can retry.
 */
class ArticleDeliveryIT extends StaffIntegrationTest {

	private WebhookReceiver receiver;

	private String endpoint;

	private String secret;

	@BeforeEach
	void register() {
		this.receiver = new WebhookReceiver();
		ClientGraphQlResponse registered = ok(this.staff.admin()
			.document(
					"""
							mutation($url: String!) { registerWebhook(input: {url: $url, events: ["ArticlePublished", "ArticleUnpublished"]}) {
							  endpoint { key active events } secret } }""")
			.variable("url", this.receiver.url())
			.executeSync());
		this.endpoint = registered.field("registerWebhook.endpoint.key").toEntity(String.class);
		this.secret = registered.field("registerWebhook.secret").toEntity(String.class);
	}

	@AfterEach
	void deactivate() {
		ok(this.staff.admin()
			.document(
					"mutation($k: String!) { updateWebhook(input: {key: $k, active: false}) { endpoint { active } } }")
			.variable("k", this.endpoint)
			.executeSync());
		this.receiver.close();
	}

	@Test
	void aWebhookReceiverGetsEachEventSignedTheStandardWebhooksWay() throws Exception {
		String caseKey = (String) this.staff.caseIn(NANCUN, "MICRO_PROJECT").get("key");
		publish(caseKey);
		this.staff.unpublishStoryOf(caseKey);

		await().atMost(Duration.ofSeconds(10)).until(() -> this.receiver.received().size() >= 2);

		List<WebhookReceiver.Received> received = this.receiver.received();
		assertThat(received).extracting((r) -> type(r.body()))
			.containsExactly("ArticlePublished", "ArticleUnpublished");
		for (WebhookReceiver.Received request : received) {
			assertThat(request.signature())
				.isEqualTo("v1," + sign(request.id() + "." + request.timestamp() + "." + request.body()));
			assertThat(request.body()).contains("\"targetKey\":\"article-" + caseKey + "\"");
		}
	}

	@Test
	void aDeliveryThatKeepsFailingIsDeadUntilAnAdministratorRetriesIt() {
		this.receiver.accept((id) -> false);
		String caseKey = (String) this.staff.caseIn(NANCUN, "MICRO_PROJECT").get("key");
		publish(caseKey);
		String consumer = "webhook:" + this.endpoint;

		String dead = await().atMost(Duration.ofSeconds(15)).until(() -> deadLetter(consumer), (key) -> key != null);
		assertThat(this.receiver.refused()).hasSize(5);

		this.receiver.accept((id) -> true);
		ok(this.staff.admin()
			.document("mutation($k: String!) { retryDelivery(input: {key: $k}) { key } }")
			.variable("k", dead)
			.executeSync());

		await().atMost(Duration.ofSeconds(10)).until(() -> this.receiver.received().size() == 1);
		assertThat(deadLetter(consumer)).isNull();
	}

	private String deadLetter(String consumer) {
		ClientGraphQlResponse response = ok(this.staff.admin().document("""
				query($c: String!) { deliveries(first: 10, filter: {consumer: $c, state: DEAD}) {
				  edges { node { key attempts lastStatus lastError } } } }""").variable("c", consumer).executeSync());
		List<Object> keys = all(response, "deliveries.edges.node.key");
		return keys.isEmpty() ? null : (String) keys.getFirst();
	}

	private void publish(String caseKey) {
		ok(this.staff.admin()
			.document("mutation($id: ID!) { publishCase(input: {caseId: $id}) { article { key } } }")
			.variable("id", GlobalId.of("Case", caseKey))
			.executeSync());
	}

	private static String type(String body) {
		return body.replaceAll("(?s).*?\"type\":\"(\\w+)\".*", "$1");
	}

	private String sign(String content) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(this.secret.substring("whsec_".length())), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
	}

}
