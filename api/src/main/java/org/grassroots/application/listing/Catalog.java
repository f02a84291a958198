package org.grassroots.application.listing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Seek;
import org.grassroots.graph.read.Projected;

/**
 * The reads of one kind of record: found by keys, listed a page at a time, counted. Each
 * feature's catalog adds its own reads to these.
 *
 * @param <T> the record
 * @param <F> its filter
 * @param <S> the store it reads
 */
public class Catalog<T, F, S extends Listing<T, F>> implements Listing<T, F> {

	/** The store, for the feature's own reads. */
	protected final S store;

	protected Catalog(S store) {
		this.store = store;
	}

	@Override
	public List<T> findByIds(Collection<String> ids) {
		return this.store.findByIds(ids);
	}

	@Override
	public Page<T> page(F filter, Order order, Seek seek) {
		return this.store.page(filter, order, seek);
	}

	@Override
	public long count(F filter) {
		return this.store.count(filter);
	}

	@Override
	public Page<T> pageWithTotal(F filter, Order order, Seek seek) {
		return this.store.pageWithTotal(filter, order, seek);
	}

	@Override
	public Page<Map<String, Object>> projectedPage(F filter, Order order, Seek seek, boolean counted,
			Function<String, Projected> projection) {
		return this.store.projectedPage(filter, order, seek, counted, projection);
	}

}
