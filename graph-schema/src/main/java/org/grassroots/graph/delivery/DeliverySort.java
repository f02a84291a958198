package org.grassroots.graph.delivery;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;

/**
 * Deliveries are listed in the order they were queued.
 */
public enum DeliverySort implements SortField {

	KEY(SortKey.text("d.id"));

	private final SortKey key;

	DeliverySort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
