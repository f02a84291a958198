package org.grassroots.graph.paging;

import java.util.Collection;
import java.util.List;

/**
 * A list of one kind of item that can be filtered, ordered and paged.
 *
 * @param <T> the item type
 * @param <F> the filter type
 */
public interface Listing<T, F> {

	/** The items with these ids, in one query; unknown ids are left out. */
	List<T> findByIds(Collection<String> ids);

	/** The page of matching items that {@code seek} asks for, in {@code order}. */
	Page<T> page(F filter, Order order, Seek seek);

	/** How many items match. */
	long count(F filter);

	/** The page and, in {@link Page#total()}, how many items match. */
	default Page<T> pageWithTotal(F filter, Order order, Seek seek) {
		return page(filter, order, seek).withTotal(count(filter));
	}

}
