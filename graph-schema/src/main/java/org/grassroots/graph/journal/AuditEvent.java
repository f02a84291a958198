package org.grassroots.graph.journal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One mutation as the audit trail keeps it.
 *
 * @param id time-ordered key: newer events have greater keys
 * @param at when it was committed (the transaction's start)
 * @param actor the account that did it
 * @param action the mutation, e.g. {@code advanceCase}
 * @param targetType what it changed, e.g. {@code Case}
 * @param targetKey the business key of what it changed
 * @param regionId the region the target lies in, which decides who may read the event;
 * null for records outside the region hierarchy (accounts)
 * @param changes the changed fields as a JSON object of {@code {"before": …, "after": …}}
 * per field; never a password or a token
 */
public record AuditEvent(String id, Instant at, String actor, String action, String targetType, String targetKey,
		@Nullable String regionId, String changes) {
}
