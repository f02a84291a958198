package org.grassroots.graph.paging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Keyset paging over the nodes of one label, in {@code id} order: pages stay stable when
 * nodes are added, and each page is one query (it fetches one row more than it shows to
 * know whether another follows).
 *
 * @param neo4j the client
 * @param label the label, e.g. {@code Station}
 * @param variable the node's variable in {@code where} and {@code projection}, e.g.
 * {@code s}
 * @param projection the {@code RETURN} items
 * @param mapper reads one row
 * @param <T> the item type
 */
public record Keyset<T>(Neo4jClient neo4j, String label, String variable, String projection,
		Function<Record, T> mapper) {

	/**
	 * @param where a condition on the node, reading {@code parameters}
	 */
	public Page<T> page(String where, Map<String, @Nullable Object> parameters, @Nullable String afterId, int size) {
		return Page.ofOneExtra(rows(where, parameters, "after", afterId, ">", "", size), size);
	}

	/**
	 * The {@code size} items just before {@code beforeId} (the last ones when absent), in
	 * id order; {@link Page#hasNext()} then says whether more come before them.
	 */
	public Page<T> pageBackward(String where, Map<String, @Nullable Object> parameters, @Nullable String beforeId,
			int size) {
		Page<T> newestFirst = Page.ofOneExtra(rows(where, parameters, "before", beforeId, "<", " DESC", size), size);
		return new Page<>(newestFirst.items().reversed(), newestFirst.hasNext());
	}

	/** Up to {@code size + 1} rows past the key in the given direction. */
	private List<T> rows(String where, Map<String, @Nullable Object> parameters, String keyName, @Nullable String key,
			String comparison, String order, int size) {
		Map<String, @Nullable Object> all = new HashMap<>(parameters);
		all.put(keyName, key);
		all.put("limit", size + 1);
		return this.neo4j.query("""
				MATCH (%1$s:%2$s) WHERE ($%5$s IS NULL OR %1$s.id %6$s $%5$s) AND %3$s
				WITH %1$s ORDER BY %1$s.id%7$s LIMIT $limit
				RETURN %4$s""".formatted(this.variable, this.label, where, this.projection, keyName, comparison, order))
			.bindAll(all)
			.fetchAs(Object.class)
			.mappedBy((types, row) -> this.mapper.apply(row))
			.all()
			.stream()
			.map(this::cast)
			.toList();
	}

	public long count(String where, Map<String, @Nullable Object> parameters) {
		return this.neo4j
			.query("MATCH (%1$s:%2$s) WHERE %3$s RETURN count(%1$s)".formatted(this.variable, this.label, where))
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	@SuppressWarnings("unchecked")
	private T cast(Object row) {
		return (T) row;
	}

}
