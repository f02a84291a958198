package org.grassroots.graph.paging;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.grassroots.graph.read.Projected;
import org.jspecify.annotations.Nullable;

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
	public Page<Map<String, Object>> projectedPage(F filter, Order order, Seek seek, boolean counted,
			Function<String, Projected> projection) {
		Projected rendered = projection.apply(this.keyset.variable());
		Keyset<Map<String, Object>> projected = this.keyset.projected(rendered);
		CypherFilter withValues = new WithParameters(filter, rendered.parameters());
		return counted ? projected.pageWithTotal(withValues, order, seek) : projected.page(withValues, order, seek);
	}

	/** A filter, and a projection's values beside its own. */
	private record WithParameters(CypherFilter filter, Map<String, Object> added) implements CypherFilter {

		@Override
		public String where() {
			return this.filter.where();
		}

		@Override
		public Map<String, @Nullable Object> parameters() {
			Map<String, @Nullable Object> all = new HashMap<>(this.filter.parameters());
			this.added.forEach((name, value) -> {
				if (all.putIfAbsent(name, value) != null) {
					throw new IllegalStateException("A projection's value meets the filter's " + name);
				}
			});
			return all;
		}

		@Override
		public boolean bounded() {
			return this.filter.bounded();
		}

		@Override
		public String match(String node) {
			return this.filter.match(node);
		}

	}

	@Override
	public long count(F filter) {
		return this.keyset.count(filter);
	}

}
