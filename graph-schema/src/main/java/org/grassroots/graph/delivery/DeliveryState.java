package org.grassroots.graph.delivery;

/**
 * Where a delivery stands.
 */
public enum DeliveryState {

	/** Waiting for its first or next attempt. */
	PENDING,

	/** The consumer took it. */
	DELIVERED,

	/** It kept failing; an administrator can retry it. */
	DEAD

}
