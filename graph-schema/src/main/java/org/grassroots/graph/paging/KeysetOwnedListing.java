package org.grassroots.graph.paging;

import java.util.Collection;
import java.util.Map;

/**
 * A {@link Listing} over a {@link Keyset} whose lists also belong to owners.
 *
 * @param <T> the item type
 * @param <F> the filter type
 * @param <R> how items belong to owners
 */
public abstract class KeysetOwnedListing<T, F extends CypherFilter, R extends CypherRelation>
		extends KeysetListing<T, F> implements OwnedListing<T, F, R> {

	protected KeysetOwnedListing(Keyset<T> keyset) {
		super(keyset);
	}

	@Override
	public Map<String, Page<T>> pagesOf(R relation, Collection<String> ownerIds, F filter, Order order, Seek seek) {
		return this.keyset.pagesOf(relation.match(), ownerIds, filter, order, seek);
	}

	@Override
	public Map<String, Page<T>> pagesWithTotalsOf(R relation, Collection<String> ownerIds, F filter, Order order,
			Seek seek) {
		return this.keyset.pagesWithTotalsOf(relation.match(), ownerIds, filter, order, seek);
	}

	@Override
	public Map<String, Long> countsOf(R relation, Collection<String> ownerIds, F filter) {
		return this.keyset.countsOf(relation.match(), ownerIds, filter);
	}

}
