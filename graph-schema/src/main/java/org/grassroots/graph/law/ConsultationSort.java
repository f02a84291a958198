package org.grassroots.graph.law;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;

/**
 * What consultations can be ordered by.
 */
public enum ConsultationSort implements SortField {

	KEY(SortKey.text("c.id")), TITLE(SortKey.text("c.title")), OPENED_ON(SortKey.date("c.openedOn"));

	private final SortKey key;

	ConsultationSort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
