package org.grassroots.application.listing;

import java.util.Collection;
import java.util.Map;

import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.OwnedListing;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Seek;

/**
 * A {@link Catalog} whose records are also listed per owner (a deputy's cases, a region's
 * stations), for every owner in a response at once.
 *
 * @param <T> the record
 * @param <F> its filter
 * @param <R> how owners relate to it
 * @param <S> the store it reads
 */
public class OwnedCatalog<T, F, R, S extends Listing<T, F> & OwnedListing<T, F, R>> extends Catalog<T, F, S>
		implements OwnedListing<T, F, R> {

	protected OwnedCatalog(S store) {
		super(store);
	}

	@Override
	public Map<String, Page<T>> pagesOf(R relation, Collection<String> ownerIds, F filter, Order order, Seek seek) {
		return this.store.pagesOf(relation, ownerIds, filter, order, seek);
	}

	@Override
	public Map<String, Page<T>> pagesWithTotalsOf(R relation, Collection<String> ownerIds, F filter, Order order,
			Seek seek) {
		return this.store.pagesWithTotalsOf(relation, ownerIds, filter, order, seek);
	}

	@Override
	public Map<String, Long> countsOf(R relation, Collection<String> ownerIds, F filter) {
		return this.store.countsOf(relation, ownerIds, filter);
	}

}
