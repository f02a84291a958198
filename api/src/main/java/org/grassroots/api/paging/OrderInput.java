package org.grassroots.api.paging;

import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Sorts;
import org.jspecify.annotations.Nullable;

/**
 * Every list's {@code orderBy} input: a field the list's {@code …OrderField} enum names,
 * and a direction.
 *
 * @param field the field's name
 * @param direction ascending when absent
 */
public record OrderInput(String field, @Nullable OrderDirection direction) {

	/**
	 * The order asked for, or the list's key order without {@code orderBy}.
	 * @param sorts what the list can be ordered by
	 */
	public static Order of(@Nullable OrderInput input, Sorts sorts) {
		if (input == null) {
			return sorts.byKey();
		}
		return OrderDirection.of(sorts.get(input.field()), input.direction(), sorts.byKey());
	}

}
