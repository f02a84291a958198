package org.grassroots.api.paging;

import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.SortField;
import org.jspecify.annotations.Nullable;

/**
 * An {@code orderBy} input: a list's sort field and a direction.
 */
public interface OrderInput {

	SortField field();

	@Nullable OrderDirection direction();

	/**
	 * @param fallback the order without {@code orderBy}
	 */
	static Order of(@Nullable OrderInput input, Order fallback) {
		return (input != null) ? OrderDirection.of(input.field(), input.direction(), fallback) : fallback;
	}

}
