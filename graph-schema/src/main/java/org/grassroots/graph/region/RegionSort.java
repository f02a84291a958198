package org.grassroots.graph.region;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;

/**
 * What regions can be ordered by.
 */
public enum RegionSort implements SortField {

	KEY(SortKey.text("r.id")), NAME(SortKey.text("r.name")), CODE(SortKey.text("coalesce(r.code, '')"));

	private final SortKey key;

	RegionSort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
