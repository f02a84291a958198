package org.grassroots.graph.delivery;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One event on its way to one consumer.
 *
 * @param id time-ordered key
 * @param eventId the outbox event it delivers
 * @param consumer {@code search} or {@code webhook:<endpoint key>}
 * @param subject the record the event is about: deliveries of one subject to one consumer
 * go in order
 * @param type the event's type
 * @param payload the event, JSON
 * @param state where it stands
 * @param attempts how many times it was tried
 * @param createdAt when it was queued
 * @param nextAt when it is tried next (while pending)
 * @param lastError what the last failure said
 * @param lastStatus the HTTP status of the last attempt, if any
 * @param deliveredAt when the consumer took it
 */
public record Delivery(String id, String eventId, String consumer, String subject, String type, String payload,
		DeliveryState state, int attempts, Instant createdAt, @Nullable Instant nextAt, @Nullable String lastError,
		@Nullable Integer lastStatus, @Nullable Instant deliveredAt) {

	/**
	 * A delivery to queue.
	 */
	public record New(String id, String eventId, String consumer, String subject, String type, String payload,
			Instant at) {
	}

}
