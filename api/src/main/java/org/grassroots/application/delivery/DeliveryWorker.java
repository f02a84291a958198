package org.grassroots.application.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.grassroots.application.journal.GraphEvent;
import org.grassroots.application.journal.Worker;
import org.grassroots.graph.delivery.Deliveries;
import org.grassroots.graph.delivery.Delivery;
import org.grassroots.graph.delivery.WebhookEndpoint;
import org.grassroots.graph.delivery.WebhookEndpoints;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues each article event for the search index and for every webhook endpoint that
 * takes it, then delivers the queue: the oldest pending delivery of each article to each
 * consumer, claimed first so that two instances do not both send it, retried with
 * backoff, dead when it keeps failing. One thread delivers; it is woken when events are
 * queued and looks every {@code poll-interval} for retries that fell due.
 */
@Component
class DeliveryWorker extends Worker {

	static final String SEARCH = "search";

	/** The events that reach consumers outside the graph. */
	static final Set<String> SEARCH_EVENTS = Set.of("ArticlePublished", "ArticleUnpublished", "ArticleArchived");

	private static final Logger logger = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final int BATCH = 100;

	private static final Duration CLAIM = Duration.ofSeconds(60);

	private final Deliveries deliveries;

	private final WebhookEndpoints endpoints;

	private final SearchSync search;

	private final WebhookSender sender;

	private final DeliveryProperties properties;

	private final Clock clock;

	DeliveryWorker(Deliveries deliveries, WebhookEndpoints endpoints, SearchSync search,
			ObjectProvider<DeliveryProperties> properties, ObjectProvider<Clock> clock) {
		super("delivery-worker", properties.getIfAvailable(() -> DeliveryProperties.DEFAULTS).pollInterval());
		this.deliveries = deliveries;
		this.endpoints = endpoints;
		this.search = search;
		this.properties = properties.getIfAvailable(() -> DeliveryProperties.DEFAULTS);
		this.sender = new WebhookSender(this.properties.webhookTimeout(), this.properties.allowPrivateAddresses());
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Queues an article event from the outbox for its consumers. Runs on the outbox
	 * relay's thread; the relay marks the event delivered only after this returns, and a
	 * second queuing of the same event is ignored.
	 */
	@EventListener
	void queue(GraphEvent event) {
		if (!event.type().startsWith("Article")) {
			return;
		}
		List<Delivery.New> queued = new ArrayList<>();
		Instant now = this.clock.instant();
		if (SEARCH_EVENTS.contains(event.type())) {
			queued.add(new Delivery.New(event.id() + "-" + SEARCH, event.id(), SEARCH, event.targetKey(), event.type(),
					event.payload(), now));
		}
		for (WebhookEndpoint endpoint : this.endpoints.all()) {
			if (endpoint.receives(event.type())) {
				queued.add(new Delivery.New(event.id() + "-" + endpoint.id(), event.id(), endpoint.consumer(),
						event.targetKey(), event.type(), event.payload(), now));
			}
		}
		this.deliveries.enqueue(queued);
		if (!queued.isEmpty()) {
			wake();
		}
	}

	@Override
	protected void work() {
		List<Delivery> due;
		do {
			Instant now = this.clock.instant();
			due = this.deliveries.due(now, BATCH);
			Set<String> got = due.isEmpty() ? Set.of()
					: this.deliveries.claim(due.stream().map(Delivery::id).toList(), now, now.plus(CLAIM));
			List<Delivery> claimed = due.stream().filter((delivery) -> got.contains(delivery.id())).toList();
			List<Delivery> toSearch = claimed.stream().filter((d) -> d.consumer().equals(SEARCH)).toList();
			if (!toSearch.isEmpty()) {
				deliverToSearch(toSearch);
			}
			claimed.stream().filter((d) -> !d.consumer().equals(SEARCH)).forEach(this::deliverToWebhook);
		}
		while (due.size() == BATCH);
	}

	private void deliverToSearch(List<Delivery> batch) {
		Map<String, String> failures;
		try {
			failures = this.search.sync(batch.stream().map(Delivery::subject).distinct().toList());
		}
		catch (RuntimeException ex) {
			// Unreachable, overloaded or refusing: each delivery is retried with backoff
			failures = new HashMap<>();
			for (Delivery delivery : batch) {
				failures.put(delivery.subject(), ex.getMessage());
			}
		}
		Instant now = this.clock.instant();
		List<String> delivered = new ArrayList<>();
		for (Delivery delivery : batch) {
			String failure = failures.get(delivery.subject());
			if (failure == null) {
				delivered.add(delivery.id());
			}
			else {
				failed(delivery, now, failure, null, this.properties.searchRetry());
			}
		}
		if (!delivered.isEmpty()) {
			this.deliveries.delivered(delivered, now, null);
		}
	}

	private void deliverToWebhook(Delivery delivery) {
		String endpointId = delivery.consumer().substring("webhook:".length());
		Optional<WebhookEndpoint> endpoint = this.endpoints.find(endpointId).filter(WebhookEndpoint::active);
		Instant now = this.clock.instant();
		if (endpoint.isEmpty()) {
			this.deliveries.failed(delivery.id(), now, "The endpoint was removed or deactivated", null, null);
			return;
		}
		WebhookSender.Outcome outcome = this.sender.send(endpoint.get(), delivery.eventId(), delivery.createdAt(),
				Webhooks.body(delivery));
		now = this.clock.instant();
		if (outcome.succeeded()) {
			this.deliveries.delivered(List.of(delivery.id()), now, outcome.status());
		}
		else {
			failed(delivery, now, String.valueOf(outcome.error()), (outcome.status() > 0) ? outcome.status() : null,
					this.properties.webhookRetry());
		}
	}

	private void failed(Delivery delivery, Instant now, String error, @Nullable Integer status,
			DeliveryProperties.Backoff backoff) {
		int failures = delivery.attempts() + 1;
		boolean dead = backoff.exhausted(failures, Duration.between(delivery.createdAt(), now));
		this.deliveries.failed(delivery.id(), now, error, status, dead ? null : now.plus(backoff.after(failures)));
		if (dead) {
			logger.warn("Delivery {} of {} to {} is dead after {} attempts: {}", delivery.id(), delivery.type(),
					delivery.consumer(), failures, error);
		}
	}

}
