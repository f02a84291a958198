/**
 * What was done to the graph, written in the same transaction as the change itself: the
 * audit trail people read, the outbox of domain events that other parts deliver after the
 * commit, and the idempotency keys that make a retried create safe.
 */
@NullMarked
package org.grassroots.graph.journal;

import org.jspecify.annotations.NullMarked;
