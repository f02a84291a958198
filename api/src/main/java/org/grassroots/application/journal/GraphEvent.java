package org.grassroots.application.journal;

import java.time.Instant;

/**
 * A domain event delivered from the outbox after its transaction committed, published to
 * the application's listeners (search indexing and webhooks listen to these). Delivery is
 * at least once: a listener that must not act twice checks the id.
 *
 * @param id the event's time-ordered key
 * @param type e.g. {@code CaseAdvanced}
 * @param targetKey the business key of the record it is about
 * @param at when it happened
 * @param payload the event as a JSON object
 */
public record GraphEvent(String id, String type, String targetKey, Instant at, String payload) {
}
