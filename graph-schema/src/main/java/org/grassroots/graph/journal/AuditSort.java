package org.grassroots.graph.journal;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;

/**
 * Audit events are ordered by their time-ordered key: newest first is descending.
 */
public enum AuditSort implements SortField {

	KEY(SortKey.text("e.id"));

	private final SortKey key;

	AuditSort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
