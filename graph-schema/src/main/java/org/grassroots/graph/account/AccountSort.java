package org.grassroots.graph.account;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;

/**
 * Accounts are listed by name.
 */
public enum AccountSort implements SortField {

	USERNAME;

	@Override
	public SortKey key() {
		return SortKey.text("s.id");
	}

}
