package org.grassroots.api.paging;

import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.SortField;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL {@code OrderDirection}.
 */
public enum OrderDirection {

	ASC, DESC;

	/**
	 * The order an {@code orderBy} input asks for.
	 * @param field the input's field, or null when no {@code orderBy} was given
	 * @param direction the input's direction; ascending when absent
	 * @param fallback the order without {@code orderBy}
	 */
	public static Order of(@Nullable SortField field, @Nullable OrderDirection direction, Order fallback) {
		if (field == null) {
			return fallback;
		}
		return (direction == DESC) ? field.descending() : field.ascending();
	}

}
