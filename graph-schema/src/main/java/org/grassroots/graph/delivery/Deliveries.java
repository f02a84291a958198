package org.grassroots.graph.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Set;

import org.grassroots.graph.paging.Listing;
import org.jspecify.annotations.Nullable;

/**
 * The delivery queue.
 */
public interface Deliveries extends Listing<Delivery, DeliveryFilter> {

	/**
	 * Queues the deliveries; one that is already queued (same event and consumer) is
	 * kept.
	 */
	void enqueue(List<Delivery.New> deliveries);

	/**
	 * The deliveries to try now: of each subject's pending deliveries to each consumer,
	 * the oldest, when it is due and not claimed.
	 */
	List<Delivery> due(Instant now, int limit);

	/**
	 * Claims due deliveries until the given time, so that another instance does not try
	 * them meanwhile.
	 * @return the ones this caller got
	 */
	Set<String> claim(Collection<String> ids, Instant now, Instant until);

	/** The consumer took them. */
	void delivered(Collection<String> ids, Instant at, @Nullable Integer status);

	/**
	 * The attempt failed.
	 * @param retryAt when to try again; null moves it to the dead letters
	 */
	void failed(String id, Instant at, String error, @Nullable Integer status, @Nullable Instant retryAt);

	/**
	 * Puts a dead letter back in the queue, due now.
	 * @return whether there was such a dead letter
	 */
	boolean retry(String id, Instant now);

	/** How many deliveries to the consumer are pending. */
	long pending(String consumer);

}
