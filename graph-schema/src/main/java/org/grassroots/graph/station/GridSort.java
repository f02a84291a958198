package org.grassroots.graph.station;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;

/**
 * What grids can be ordered by.
 */
public enum GridSort implements SortField {

	KEY(SortKey.text("g.id")), NAME(SortKey.text("g.name"));

	private final SortKey key;

	GridSort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
