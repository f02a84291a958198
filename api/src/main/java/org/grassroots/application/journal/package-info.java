/**
 * One transaction per mutation, with its audit event, domain events and idempotency key;
 * the outbox relay that delivers the events after the commit.
 */
@NullMarked
package org.grassroots.application.journal;

import org.jspecify.annotations.NullMarked;
