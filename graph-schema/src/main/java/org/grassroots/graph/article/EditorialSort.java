package org.grassroots.graph.article;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;
import org.grassroots.graph.paging.SortType;

/**
 * What staff order articles by.
 */
public enum EditorialSort implements SortField {

	KEY(SortKey.text("a.id")), UPDATED_AT(new SortKey("a.updatedAt", SortType.DATE_TIME));

	private final SortKey key;

	EditorialSort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
