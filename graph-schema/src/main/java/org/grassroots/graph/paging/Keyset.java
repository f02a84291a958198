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
		Map<String, @Nullable Object> all = new HashMap<>(parameters);
		all.put("after", afterId);
		all.put("limit", size + 1);
		List<T> rows = List.copyOf(this.neo4j.query("""
				MATCH (%1$s:%2$s) WHERE ($after IS NULL OR %1$s.id > $after) AND %3$s
				WITH %1$s ORDER BY %1$s.id LIMIT $limit
				RETURN %4$s""".formatted(this.variable, this.label, where, this.projection))
			.bindAll(all)
			.fetchAs(Object.class)
			.mappedBy((types, row) -> this.mapper.apply(row))
			.all()
			.stream()
			.map(this::cast)
			.toList());
		return Page.ofOneExtra(rows, size);
	}

	/**
	 * The {@code size} items just before {@code beforeId} (the last ones when absent), in
	 * id order; {@link Page#hasNext()} then says whether more come before them.
	 */
	public Page<T> pageBackward(String where, Map<String, @Nullable Object> parameters, @Nullable String beforeId,
			int size) {
		Map<String, @Nullable Object> all = new HashMap<>(parameters);
		all.put("before", beforeId);
		all.put("limit", size + 1);
		List<T> rows = new java.util.ArrayList<>(this.neo4j.query("""
				MATCH (%1$s:%2$s) WHERE ($before IS NULL OR %1$s.id < $before) AND %3$s
				WITH %1$s ORDER BY %1$s.id DESC LIMIT $limit
				RETURN %4$s""".formatted(this.variable, this.label, where, this.projection))
			.bindAll(all)
			.fetchAs(Object.class)
			.mappedBy((types, row) -> this.mapper.apply(row))
			.all()
			.stream()
			.map(this::cast)
			.toList());
		Page<T> newestFirst = Page.ofOneExtra(rows, size);
		List<T> inOrder = new java.util.ArrayList<>(newestFirst.items());
		java.util.Collections.reverse(inOrder);
		return new Page<>(inOrder, newestFirst.hasNext());
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
