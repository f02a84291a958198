package org.grassroots.graph.paging;

import java.util.List;

/**
 * One page of a list in key order.
 *
 * @param items the items on this page
 * @param hasNext whether items follow the last one
 * @param <T> the item type
 */
public record Page<T>(List<T> items, boolean hasNext) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * A page from a query that fetched one row more than the page size, which tells
	 * whether another page follows without a second query.
	 */
	public static <T> Page<T> ofOneExtra(List<T> rows, int size) {
		boolean hasNext = rows.size() > size;
		return new Page<>(hasNext ? rows.subList(0, size) : rows, hasNext);
	}

}
