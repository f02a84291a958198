package org.grassroots.graph.paging;

import java.util.Collection;
import java.util.Map;

/**
 * Lists that belong to other nodes (a deputy's cases, a village's grids), paged for many
 * owners at once.
 *
 * @param <T> the item type
 * @param <F> the filter type
 * @param <R> how items belong to owners
 */
public interface OwnedListing<T, F, R> {

	/**
	 * A page of each owner's matching items, in one query; owners without any are left
	 * out.
	 */
	Map<String, Page<T>> pagesOf(R relation, Collection<String> ownerIds, F filter, Order order, Seek seek);

	/**
	 * A page of each owner's matching items and, in {@link Page#total()}, how many match,
	 * in one query; owners without any have an empty page.
	 */
	Map<String, Page<T>> pagesWithTotalsOf(R relation, Collection<String> ownerIds, F filter, Order order, Seek seek);

	/**
	 * How many matching items each owner has, in one query; owners without any are left
	 * out.
	 */
	Map<String, Long> countsOf(R relation, Collection<String> ownerIds, F filter);

}
