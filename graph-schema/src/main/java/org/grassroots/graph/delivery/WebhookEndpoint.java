package org.grassroots.graph.delivery;

import java.time.Instant;
import java.util.List;

/**
 * Where events are sent by HTTP POST.
 *
 * @param id business key
 * @param url the endpoint, http or https
 * @param events the event types it receives; empty for every article event
 * @param secret the signing secret, {@code whsec_} and base64
 * @param active whether it receives events
 * @param createdBy who registered it
 * @param createdAt when
 */
public record WebhookEndpoint(String id, String url, List<String> events, String secret, boolean active,
		String createdBy, Instant createdAt) {

	public WebhookEndpoint {
		events = List.copyOf(events);
	}

	/** Whether it receives events of the type. */
	public boolean receives(String type) {
		return this.active && (this.events.isEmpty() || this.events.contains(type));
	}

	/** The consumer name its deliveries are queued under. */
	public String consumer() {
		return "webhook:" + this.id;
	}

}
