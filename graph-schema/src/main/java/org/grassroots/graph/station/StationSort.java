package org.grassroots.graph.station;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;

/**
 * What stations can be ordered by.
 */
public enum StationSort implements SortField {

	KEY(SortKey.text("s.id")), NAME(SortKey.text("s.name")), OPENED_ON(SortKey.date("s.openedOn"));

	private final SortKey key;

	StationSort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
