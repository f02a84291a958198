/**
 * Delivery of article events from the outbox to the search index and to webhook
 * endpoints: each event is queued once per consumer in the graph, tried in order per
 * article and consumer, retried with backoff, and moved to the dead letters when it keeps
 * failing, where administrators see and retry it.
 */
@NullMarked
package org.grassroots.application.delivery;

import org.jspecify.annotations.NullMarked;
