package org.grassroots.graph.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.grassroots.graph.read.ReadRows;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

/**
 * The rows of one statement grouped by an id in one of their columns: how a read answers
 * many owners at once (each deputy's stations, each case's timeline, a page of each
 * owner's list). Groups, and the rows within each, keep the statement's order; owners
 * without rows are left out.
 */
public final class Grouped {

	private Grouped() {
	}

	/**
	 * @param column the column holding each row's owner id
	 * @param mapper reads one row
	 */
	public static <V> Map<String, List<V>> rows(ReadRows rows, String cypher,
			Map<String, ? extends @Nullable Object> parameters, String column, Function<Record, V> mapper) {
		Map<String, List<V>> groups = new LinkedHashMap<>();
		rows.all(cypher, parameters)
			.forEach((record) -> groups.computeIfAbsent(record.get(column).asString(), (owner) -> new ArrayList<>())
				.add(mapper.apply(record)));
		return groups;
	}

}
