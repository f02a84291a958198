/**
 * Deliveries of domain events to consumers outside the graph (the search index, webhook
 * endpoints), one queue entry per event and consumer, kept with their attempts; and the
 * webhook endpoints themselves.
 */
@NullMarked
package org.grassroots.graph.delivery;

import org.jspecify.annotations.NullMarked;
