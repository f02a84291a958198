package org.grassroots.graph.paging;

import java.util.Collection;
import java.util.List;

/**
 * A {@link Listing} over a {@link Keyset}.
 *
 * @param <T> the item type
 * @param <F> the filter type
 */
public abstract class KeysetListing<T, F extends CypherFilter> implements Listing<T, F> {

	protected final Keyset<T> keyset;

	protected KeysetListing(Keyset<T> keyset) {
		this.keyset = keyset;
	}

	@Override
	public List<T> findByIds(Collection<String> ids) {
		return this.keyset.findByIds(ids);
	}

	@Override
	public Page<T> page(F filter, Order order, Seek seek) {
		return this.keyset.page(filter, order, seek);
	}

	/** The page and the total come from one query. */
	@Override
	public Page<T> pageWithTotal(F filter, Order order, Seek seek) {
		return this.keyset.pageWithTotal(filter, order, seek);
	}

	@Override
	public long count(F filter) {
		return this.keyset.count(filter);
	}

}
