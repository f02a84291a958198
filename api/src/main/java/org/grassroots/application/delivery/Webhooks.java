package org.grassroots.application.delivery;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.application.access.Caller;
import org.grassroots.application.failure.Checks;
import org.grassroots.application.failure.InvalidFields;
import org.grassroots.application.failure.NotFound;
import org.grassroots.application.journal.Mutations;
import org.grassroots.graph.delivery.Deliveries;
import org.grassroots.graph.delivery.Delivery;
import org.grassroots.graph.delivery.DeliveryFilter;
import org.grassroots.graph.delivery.WebhookEndpoint;
import org.grassroots.graph.delivery.WebhookEndpoints;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Seek;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Administrators register webhook endpoints, read every delivery and retry the dead
 * letters. Each change is one audited transaction.
 */
@Service
public class Webhooks {

	/** The article events an endpoint can subscribe to. */
	public static final Set<String> EVENTS = Set.of("ArticleDrafted", "ArticleRevised", "ArticleSubmitted",
			"ArticleChangesRequested", "ArticleApproved", "ArticleScheduled", "ArticlePublished", "ArticleUnpublished",
			"ArticleArchived");

	private static final String TYPE = "WebhookEndpoint";

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebhookEndpoints endpoints;

	private final Deliveries deliveries;

	private final Mutations mutations;

	private final DeliveryWorker worker;

	private final DeliveryProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Webhooks(WebhookEndpoints endpoints, Deliveries deliveries, Mutations mutations, DeliveryWorker worker,
			ObjectProvider<DeliveryProperties> properties, ObjectProvider<Clock> clock) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.mutations = mutations;
		this.worker = worker;
		this.properties = properties.getIfAvailable(() -> DeliveryProperties.DEFAULTS);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Registers an endpoint; its secret is made here and shown in the answer. */
	public WebhookEndpoint register(Caller caller, String url, List<String> events) {
		String admin = caller.requireAdmin();
		check(url, events);
		String id = this.mutations.run(caller, "registerWebhook", (recorder) -> {
			String key = newId();
			byte[] secret = new byte[24];
			this.random.nextBytes(secret);
			this.endpoints.save(new WebhookEndpoint(key, url, events,
					"whsec_" + Base64.getEncoder().encodeToString(secret), true, admin, this.clock.instant()));
			recorder.target(TYPE, key, null).changed("url", null, url).changed("events", null, events);
			return key;
		});
		return this.endpoints.find(id).orElseThrow();
	}

	/** Changes an endpoint's URL, events or whether it is active; null keeps a field. */
	public WebhookEndpoint update(Caller caller, String id, @Nullable String url, @Nullable List<String> events,
			@Nullable Boolean active) {
		caller.requireAdmin();
		WebhookEndpoint current = this.endpoints.find(id)
			.orElseThrow(() -> new NotFound("No webhook endpoint '" + id + "'", id));
		String newUrl = (url != null) ? url : current.url();
		List<String> newEvents = (events != null) ? events : current.events();
		check(newUrl, newEvents);
		this.mutations.run(caller, "updateWebhook", (recorder) -> {
			this.endpoints.save(new WebhookEndpoint(id, newUrl, newEvents, current.secret(),
					(active != null) ? active : current.active(), current.createdBy(), current.createdAt()));
			recorder.target(TYPE, id, null)
				.changed("url", current.url(), newUrl)
				.changed("events", current.events(), newEvents)
				.changed("active", current.active(), (active != null) ? active : current.active());
			return id;
		});
		return this.endpoints.find(id).orElseThrow();
	}

	public List<WebhookEndpoint> endpoints(Caller caller) {
		caller.requireAdmin();
		return this.endpoints.all();
	}

	/** The filter of the deliveries an administrator reads. */
	public DeliveryFilter filter(Caller caller, @Nullable String consumer, @Nullable String state) {
		caller.requireAdmin();
		return new DeliveryFilter(consumer, state);
	}

	public Page<Delivery> page(DeliveryFilter filter, Order order, Seek seek) {
		return this.deliveries.page(filter, order, seek);
	}

	public long count(DeliveryFilter filter) {
		return this.deliveries.count(filter);
	}

	/** Puts a dead letter back in the queue, due now. */
	public void retry(Caller caller, String deliveryId) {
		caller.requireAdmin();
		this.mutations.run(caller, "retryDelivery", (recorder) -> {
			if (!this.deliveries.retry(deliveryId, this.clock.instant())) {
				throw new NotFound("No dead delivery '" + deliveryId + "'", deliveryId);
			}
			recorder.target("Delivery", deliveryId, null).changed("state", "DEAD", "PENDING");
			return deliveryId;
		});
		this.worker.wake();
	}

	private void check(String url, List<String> events) {
		Checks checks = Checks.ofInput().text("url", "地址", url, true, 2_000);
		for (int i = 0; i < events.size(); i++) {
			checks.require(EVENTS.contains(events.get(i)), "events[" + i + "]",
					"Unknown event '" + events.get(i) + "'; one of " + EVENTS.stream().sorted().toList());
		}
		checks.orThrow();
		URI uri;
		try {
			uri = URI.create(url.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFields("input.url", "url is not a valid URL: " + ex.getMessage());
		}
		String refusal = WebhookSender.refusal(uri, this.properties.allowPrivateAddresses());
		if (refusal != null) {
			throw new InvalidFields("input.url", refusal);
		}
	}

	/**
	 * What an endpoint receives: the Standard Webhooks envelope, {@code type},
	 * {@code timestamp} and the event as {@code data}.
	 */
	static String body(Delivery delivery) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", delivery.type());
		body.put("timestamp", delivery.createdAt().toString());
		body.put("data", JSON.readValue(delivery.payload(), JsonNode.class));
		return JSON.writeValueAsString(body);
	}

	private String newId() {
		StringBuilder id = new StringBuilder("hook-");
		for (int i = 0; i < 10; i++) {
			id.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

}
