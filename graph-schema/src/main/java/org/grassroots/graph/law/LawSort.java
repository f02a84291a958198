package org.grassroots.graph.law;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;

/**
 * What laws can be ordered by.
 */
public enum LawSort implements SortField {

	KEY(SortKey.text("l.id")), TITLE(SortKey.text("l.title"));

	private final SortKey key;

	LawSort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
