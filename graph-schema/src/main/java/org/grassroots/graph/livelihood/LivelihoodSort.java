package org.grassroots.graph.livelihood;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;

/**
 * What projects can be ordered by.
 */
public enum LivelihoodSort implements SortField {

	KEY(SortKey.text("p.id")), YEAR(SortKey.number("p.year")), BUDGET(SortKey.number("p.budgetYuan"));

	private final SortKey key;

	LivelihoodSort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
