package org.grassroots.graph.journal;

import java.time.Instant;

/**
 * A fact other parts of the application react to (search indexing, webhooks), kept in the
 * outbox until delivered.
 *
 * @param id time-ordered key
 * @param type e.g. {@code CaseAdvanced}
 * @param targetKey the business key of the record it is about
 * @param at when it happened
 * @param payload the event as a JSON object
 */
public record DomainEvent(String id, String type, String targetKey, Instant at, String payload) {
}
