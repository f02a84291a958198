package org.grassroots.graph.article;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.paging.SortKey;
import org.grassroots.graph.paging.SortType;

/**
 * What articles can be ordered by.
 */
public enum ArticleSort implements SortField {

	KEY(SortKey.text("a.id")), TITLE(SortKey.text("a.title")),
	PUBLISHED_AT(new SortKey("a.publishedAt", SortType.DATE_TIME));

	private final SortKey key;

	ArticleSort(SortKey key) {
		this.key = key;
	}

	@Override
	public SortKey key() {
		return this.key;
	}

}
