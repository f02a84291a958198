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
public abstract class KeysetOwnedListing<T, F extends CypherFilter, R extends Enum<R>> extends KeysetListing<T, F>
		implements OwnedListing<T, F, R> {

	private final Map<R, String> matches;

	/**
	 * @param matches for each way items belong to owners, the Cypher {@code MATCH} from
	 * the owner's id, {@code owner}, to the listed node, e.g. {@code MATCH
	 * (:Representative {id: owner})-[:RAISED]->(c:Case)}: the relations are the API's
	 * words, their Cypher stays in the repository
	 */
	protected KeysetOwnedListing(Keyset<T> keyset, Map<R, String> matches) {
		super(keyset);
		this.matches = Map.copyOf(matches);
	}

	private String match(R relation) {
		String match = this.matches.get(relation);
		if (match == null) {
			throw new IllegalStateException("No Cypher for the relation " + relation);
		}
		return match;
	}

	@Override
	public Map<String, Page<T>> pagesOf(R relation, Collection<String> ownerIds, F filter, Order order, Seek seek) {
		return this.keyset.pagesOf(match(relation), ownerIds, filter, order, seek);
	}

	@Override
	public Map<String, Page<T>> pagesWithTotalsOf(R relation, Collection<String> ownerIds, F filter, Order order,
			Seek seek) {
		return this.keyset.pagesWithTotalsOf(match(relation), ownerIds, filter, order, seek);
	}

	@Override
	public Map<String, Long> countsOf(R relation, Collection<String> ownerIds, F filter) {
		return this.keyset.countsOf(match(relation), ownerIds, filter);
	}

}
