package org.grassroots.graph.paging;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.grassroots.graph.read.Projected;

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

	/**
	 * The same page with each item in a composed projection's shape (a map keyed by the
	 * names the answer uses) instead of as a record, in one statement with the total when
	 * counted: a read composed from a query's selection reads only what it selects.
	 * @param projection the projection's {@code RETURN} items, {@code id} and
	 * {@code node}, for the item's variable in the list's statements
	 */
	Page<Map<String, Object>> projectedPage(F filter, Order order, Seek seek, boolean counted,
			Function<String, Projected> projection);

}
