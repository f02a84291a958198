package org.grassroots.graph.representative;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;

/**
 * What deputies can be ordered by.
 */
public enum RepresentativeSort implements SortField {

	KEY(SortKey.text("r.id")), NAME(SortKey.text("r.name"));

	private final SortKey key;

	RepresentativeSort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
