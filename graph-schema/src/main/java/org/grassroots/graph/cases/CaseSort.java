package org.grassroots.graph.cases;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;

/**
 * What cases can be ordered by.
 */
public enum CaseSort implements SortField {

	KEY(SortKey.text("c.id")), TITLE(SortKey.text("c.title")), RAISED_ON(SortKey.date("c.raisedOn")),
	COMPLETED_ON(SortKey.date("c.completedOn")), FUNDING(SortKey.number("c.fundingYuan")),
	BENEFICIARIES(SortKey.number("c.beneficiaries"));

	private final SortKey key;

	CaseSort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
