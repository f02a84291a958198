package org.grassroots.graph.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.grassroots.graph.read.Projected;
import org.grassroots.graph.read.ReadRows;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

/**
 * Keyset paging over the nodes of one label: pages seek past the last item's sort value
 * and id, so they stay stable when nodes are added, and each page is one query (it
 * fetches one row more than it shows to know whether another follows). Lists owned by
 * many nodes (a deputy's cases, for every deputy on a page) are paged in one query too.
 * Items reached by more than one path (a small grid both within a village and part of its
 * large grid) count once.
 *
 * @param rows runs the statements
 * @param label the label, e.g. {@code Station}
 * @param variable the node's variable in conditions, orders and {@code projection}, e.g.
 * {@code s}
 * @param projection the {@code RETURN} items, {@code id} among them
 * @param mapper reads one row
 * @param <T> the item type
 */
public record Keyset<T>(ReadRows rows, String label, String variable, String projection, Function<Record, T> mapper) {

	/** A column of the projection. */
	private static final Pattern ALIAS = Pattern.compile("\\bAS (\\w+)");

	/**
	 * The same list, each node returned in a composed projection's shape (its map, keyed
	 * by the names the answer uses) rather than as an item.
	 */
	public Keyset<Map<String, Object>> projected(Projected projection) {
		return new Keyset<>(this.rows, this.label, this.variable, projection.returning(),
				(record) -> record.get("node").asMap());
	}

	/**
	 * @param filter which nodes
	 */
	public Page<T> page(CypherFilter filter, Order order, Seek seek) {
		Map<String, @Nullable Object> parameters = parameters(filter.parameters(), order, seek);
		Function<String, Page<T>> run = (cypher) -> toPage(
				this.rows.all(cypher, parameters).stream().map(this::row).toList(), seek);
		return aboveFloor(filter, order, seek).map(run)
			.filter(Page::hasNext)
			.orElseGet(() -> run.apply(sorted(filter, order, seek)));
	}

	/**
	 * The page and the total in one query. A bounded filter's matches are collected,
	 * counted and paged in one pass; any other filter is counted and paged in two passes
	 * of the same query.
	 */
	public Page<T> pageWithTotal(CypherFilter filter, Order order, Seek seek) {
		Map<String, @Nullable Object> parameters = parameters(filter.parameters(), order, seek);
		Function<String, Page<T>> run = (cypher) -> totalled(this.rows.all(cypher, parameters), seek);
		if (filter.bounded()) {
			return run.apply("""
					%1$s
					WITH collect(%2$s) AS matched
					WITH size(matched) AS total, matched
					OPTIONAL CALL (matched) {
					  UNWIND matched AS %2$s
					  WITH %2$s WHERE %3$s
					  %4$s
					}
					RETURN total, %5$s""".formatted(filter.match(node()), this.variable,
					seekCondition(order, seek, false),
					orderedReturn(order.field().key().expression(), order, seek, false),
					String.join(", ", columns(order))));
		}
		String counted = """
				CALL () {
				  %s
				  RETURN count(%s) AS total
				}
				OPTIONAL CALL () {
				  {page}
				}
				RETURN *""".formatted(filter.match(node()), this.variable);
		return aboveFloor(filter, order, seek).map((page) -> run.apply(counted.replace("{page}", page)))
			.filter(Page::hasNext)
			.orElseGet(() -> run.apply(counted.replace("{page}", sorted(filter, order, seek))));
	}

	/**
	 * A page in the general form: the database orders every match, except that an
	 * unfiltered list in key order reads them from the id index.
	 */
	private String sorted(CypherFilter filter, Order order, Seek seek) {
		return "%s\nAND %s\n%s".formatted(filter.match(node()), seekCondition(order, seek, unfiltered(filter)),
				orderedReturn(order.field().key().expression(), order, seek, false));
	}

	/**
	 * A page of a list matched from its label (not from an anchor), read in order from
	 * the sort property's index when the list runs from the largest values down: the
	 * values above the floor come first, so a full page of them is the page. Near the end
	 * of the list the page may reach the nodes at the floor or without the property, and
	 * must be read by sorting.
	 */
	private Optional<String> aboveFloor(CypherFilter filter, Order order, Seek seek) {
		boolean largestFirst = order.descending() != seek.backward();
		return order.field().key().floored().filter((floor) -> largestFirst && !filter.bounded()).map((floor) -> {
			String past = (seek.from() != null) ? "%1$s <= $seekValue AND (%1$s < $seekValue OR %2$s.id < $seekId)"
				.formatted(floor.property(), this.variable) : "true";
			return """
					%s
					AND %s > %s AND %s
					%s""".formatted(filter.match(node()), floor.property(), floor.constant(), past,
					orderedReturn(floor.property(), order, seek, false));
		});
	}

	/**
	 * A page of each owner's list, in one query.
	 * @param owned a {@code MATCH} from the owner's id, {@code owner}, to the node, e.g.
	 * {@code MATCH (:Representative {id: owner})-[:RAISED]->(c:Case)}
	 * @return each owner's page; owners without items are left out
	 */
	public Map<String, Page<T>> pagesOf(String owned, Collection<String> ownerIds, CypherFilter filter, Order order,
			Seek seek) {
		String where = filter.where();
		Map<String, @Nullable Object> parameters = filter.parameters();
		String cypher = """
				UNWIND $owners AS owner
				CALL (owner) {
				  %s WHERE %s AND %s
				  %s
				}
				RETURN *""".formatted(owned, seekCondition(order, seek, false), where,
				orderedReturn(order.field().key().expression(), order, seek, true));
		Map<String, @Nullable Object> all = parameters(parameters, order, seek);
		all.put("owners", List.copyOf(ownerIds));
		Map<String, List<Row<T>>> rows = Grouped.rows(this.rows, cypher, all, "owner", this::row);
		Map<String, Page<T>> pages = new LinkedHashMap<>();
		rows.forEach((owner, ownerRows) -> pages.put(owner, toPage(ownerRows, seek)));
		return pages;
	}

	/**
	 * A page of each owner's list and its total, in one query of two passes.
	 * @param owned as for {@link #pagesOf}
	 * @return each owner's page, with its total; owners without items have an empty one
	 */
	public Map<String, Page<T>> pagesWithTotalsOf(String owned, Collection<String> ownerIds, CypherFilter filter,
			Order order, Seek seek) {
		String cypher = """
				UNWIND $owners AS owner
				CALL (owner) {
				  %1$s WHERE %2$s
				  RETURN count(DISTINCT %3$s) AS total
				}
				OPTIONAL CALL (owner) {
				  %1$s WHERE %4$s AND %2$s
				  %5$s
				}
				RETURN *""".formatted(owned, filter.where(), this.variable, seekCondition(order, seek, false),
				orderedReturn(order.field().key().expression(), order, seek, true));
		Map<String, @Nullable Object> all = parameters(filter.parameters(), order, seek);
		all.put("owners", List.copyOf(ownerIds));
		Map<String, List<Record>> records = Grouped.rows(this.rows, cypher, all, "owner", (record) -> record);
		Map<String, Page<T>> pages = new LinkedHashMap<>();
		records.forEach((owner, ownerRecords) -> pages.put(owner, totalled(ownerRecords, seek)));
		return pages;
	}

	/**
	 * Every owner's related nodes, by key, in one query: for a few per owner (a case's
	 * laws), where paging would only add cost.
	 * @param owned a {@code MATCH} from the owner's id, {@code owner}, to the node, e.g.
	 * {@code MATCH (:Case {id: owner})-[:CONCERNS]->(l:Law)}
	 * @return each owner's nodes; owners without any are left out
	 */
	public Map<String, List<T>> allOf(String owned, Collection<String> ownerIds) {
		return Grouped.rows(this.rows,
				"UNWIND $owners AS owner " + owned + " WITH owner, %1$s ORDER BY %1$s.id RETURN owner, %2$s"
					.formatted(this.variable, this.projection),
				Map.of("owners", List.copyOf(ownerIds)), "owner", this.mapper);
	}

	/** The nodes with these ids, in one query; unknown ids are left out. */
	public List<T> findByIds(Collection<String> ids) {
		return this.rows
			.all("MATCH (%1$s:%2$s) WHERE %1$s.id IN $ids RETURN %3$s".formatted(this.variable, this.label,
					this.projection), Map.of("ids", List.copyOf(ids)))
			.stream()
			.map(this.mapper)
			.toList();
	}

	public long count(CypherFilter filter) {
		return this.rows
			.all("%s\nRETURN count(%s) AS n".formatted(filter.match(node()), this.variable), filter.parameters())
			.stream()
			.findFirst()
			.map((row) -> row.get("n").asLong())
			.orElse(0L);
	}

	/**
	 * How many items each owner's list has, in one query.
	 * @param owned as for {@link #pagesOf}
	 */
	public Map<String, Long> countsOf(String owned, Collection<String> ownerIds, CypherFilter filter) {
		String where = filter.where();
		Map<String, @Nullable Object> all = new HashMap<>(filter.parameters());
		all.put("owners", List.copyOf(ownerIds));
		Map<String, Long> counts = new LinkedHashMap<>();
		this.rows.all("""
				UNWIND $owners AS owner
				CALL (owner) { %s WHERE %s RETURN count(DISTINCT %s) AS n }
				RETURN owner, n""".formatted(owned, where, this.variable), all)
			.forEach((row) -> counts.put(row.get("owner").asString(), row.get("n").asLong()));
		return counts;
	}

	/** A filter with no conditions: every node of the label, in the label's own order. */
	private static boolean unfiltered(CypherFilter filter) {
		return "true".equals(filter.where()) && !filter.bounded();
	}

	private String node() {
		return "(%s:%s)".formatted(this.variable, this.label);
	}

	/**
	 * Past the seek position in the direction of paging; true on the first page.
	 * @param fromIndex whether the matches come from the label rather than from an
	 * anchor, so that in key order the id index can give the order and a page read only
	 * its own rows and those before it
	 */
	private String seekCondition(Order order, Seek seek, boolean fromIndex) {
		String comparison = (order.descending() != seek.backward()) ? "<" : ">";
		if (byId(order)) {
			// Written so the planner scans the id index rather than seeking a range in
			// it:
			// the range seek, and any id predicate in a match from a region anchor, fail
			// in
			// Neo4j 2026.08 ("should not appear non-cached")
			return "%s($seekId IS NULL OR %s.id %s $seekId)"
				.formatted(fromIndex ? this.variable + ".id IS NOT NULL AND " : "", this.variable, comparison);
		}
		if (seek.from() == null) {
			return "true";
		}
		return "(%1$s %2$s $seekValue OR (%1$s = $seekValue AND %3$s.id %2$s $seekId))"
			.formatted(order.field().key().expression(), comparison, this.variable);
	}

	/**
	 * @param sortExpression what to order by besides the id: the sort key's expression,
	 * or its bare property where the property is known to be present
	 * @param distinct whether a node can be reached more than once (owned lists)
	 */
	private String orderedReturn(String sortExpression, Order order, Seek seek, boolean distinct) {
		String direction = (order.descending() != seek.backward()) ? "DESC" : "ASC";
		String with = distinct ? "WITH DISTINCT " : "WITH ";
		if (byId(order)) {
			// Ids are unique: no tie-break, and the id column is the position
			return """
					%1$s%2$s ORDER BY %2$s.id %3$s LIMIT $limit
					RETURN %4$s""".formatted(with, this.variable, direction, this.projection);
		}
		return """
				%1$s%2$s, %3$s AS sortValue ORDER BY sortValue %4$s, %2$s.id %4$s LIMIT $limit
				RETURN %5$s, toString(sortValue) AS position""".formatted(with, this.variable, sortExpression,
				direction, this.projection);
	}

	private boolean byId(Order order) {
		return order.field().key().expression().equals(this.variable + ".id");
	}

	private static Map<String, @Nullable Object> parameters(Map<String, @Nullable Object> parameters, Order order,
			Seek seek) {
		Map<String, @Nullable Object> all = new HashMap<>(parameters);
		Position from = seek.from();
		// The id order reads it on every page, null on the first
		all.put("seekId", (from != null) ? from.id() : null);
		if (from != null) {
			all.put("seekValue", order.field().key().type().parse(from.value()));
		}
		all.put("limit", seek.size() + 1);
		return all;
	}

	/**
	 * The projection's columns, and the position when it is not the id. Aliases inside
	 * brackets (a composed projection's subqueries) are not columns.
	 */
	private List<String> columns(Order order) {
		List<String> columns = new ArrayList<>();
		Matcher alias = ALIAS.matcher(this.projection);
		while (alias.find()) {
			if (depth(this.projection, alias.start()) == 0) {
				columns.add(alias.group(1));
			}
		}
		if (!byId(order)) {
			columns.add("position");
		}
		return columns;
	}

	/** How many brackets are open at this index of the text, strings left aside. */
	private static int depth(String text, int index) {
		int depth = 0;
		Character quote = null;
		for (int i = 0; i < index; i++) {
			char c = text.charAt(i);
			if (quote != null) {
				if (c == quote) {
					quote = null;
				}
			}
			else if (c == '\'' || c == '"' || c == '`') {
				quote = c;
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				depth--;
			}
		}
		return depth;
	}

	/**
	 * Rows beside their total; a page with no rows is one row of nulls beside the total.
	 */
	private Page<T> totalled(List<Record> records, Seek seek) {
		List<Row<T>> rows = records.stream().filter((record) -> !record.get("id").isNull()).map(this::row).toList();
		long total = records.isEmpty() ? 0 : records.getFirst().get("total").asLong();
		return toPage(rows, seek).withTotal(total);
	}

	private Row<T> row(Record record) {
		String id = record.get("id").asString();
		return new Row<>(this.mapper.apply(record),
				new Position(record.containsKey("position") ? record.get("position").asString() : id, id));
	}

	/**
	 * Rows come in the direction of paging, one more than the page when another follows.
	 */
	private static <T> Page<T> toPage(List<Row<T>> rows, Seek seek) {
		boolean hasNext = rows.size() > seek.size();
		List<Row<T>> shown = hasNext ? rows.subList(0, seek.size()) : rows;
		if (seek.backward()) {
			shown = shown.reversed();
		}
		return new Page<>(shown.stream().map(Row::item).toList(), shown.stream().map(Row::position).toList(), hasNext);
	}

	private record Row<T>(T item, Position position) {
	}

}
