package org.grassroots.graph.analytics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jSearchQueries implements SearchQueries {

	private final Neo4jClient neo4j;

	Neo4jSearchQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public void add(Collection<Count> counts) {
		if (counts.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = counts.stream()
			.map((count) -> Map.<String, Object>of("key", count.day() + "\u001f" + count.text(), "day", count.day(),
					"text", count.text(), "searches", count.searches(), "none", count.withoutResults()))
			.toList();
		this.neo4j.query("""
				UNWIND $rows AS row
				MERGE (q:SearchQuery {key: row.key})
				ON CREATE SET q.day = row.day, q.text = row.text, q.searches = 0, q.withoutResults = 0
				SET q.searches = q.searches + row.searches, q.withoutResults = q.withoutResults + row.none""")
			.bind(rows)
			.to("rows")
			.run();
	}

	@Override
	public Summary summary(LocalDate from, LocalDate to, int limit) {
		return this.neo4j.query("""
				MATCH (q:SearchQuery) WHERE q.day >= $from AND q.day <= $to
				WITH q.text AS text, sum(q.searches) AS searches, sum(q.withoutResults) AS withoutResults
				WITH collect({text: text, searches: searches, withoutResults: withoutResults}) AS totals
				RETURN reduce(s = 0, t IN totals | s + t.searches) AS searches,
				       reduce(s = 0, t IN totals | s + t.withoutResults) AS withoutResults,
				       COLLECT { UNWIND totals AS t RETURN t ORDER BY t.searches DESC, t.text LIMIT $limit } AS top,
				       COLLECT { UNWIND totals AS t WITH t WHERE t.withoutResults > 0
				                 RETURN t ORDER BY t.withoutResults DESC, t.text LIMIT $limit } AS topWithoutResults""")
			.bindAll(Map.of("from", from, "to", to, "limit", limit))
			.fetchAs(Summary.class)
			.mappedBy((types, row) -> new Summary(row.get("searches").asLong(), row.get("withoutResults").asLong(),
					totals(row.get("top")), totals(row.get("topWithoutResults"))))
			.one()
			.orElseThrow();
	}

	private static List<Total> totals(Value totals) {
		return totals.asList((total) -> new Total(total.get("text").asString(), total.get("searches").asLong(),
				total.get("withoutResults").asLong()));
	}

}
