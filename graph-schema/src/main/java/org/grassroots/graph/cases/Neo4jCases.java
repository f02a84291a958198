package org.grassroots.graph.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jCases implements Cases {

	private static final String PROJECTION = """
			RETURN c.id AS id, c.title AS title, c.summary AS summary, c.narrative AS narrative,
			       c.kind AS kind, c.place AS place, c.source AS source""";

	private final Neo4jClient neo4j;

	Neo4jCases(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public Optional<Case> findById(String id) {
		return this.neo4j.query("MATCH (c:Case {id: $id}) " + PROJECTION)
			.bind(id)
			.to("id")
			.fetchAs(Case.class)
			.mappedBy((types, row) -> toCase(row))
			.one();
	}

	@Override
	public CasePage page(@Nullable String afterId, int size) {
		// One extra row tells whether another page follows without a second query
		List<Case> rows = List.copyOf(this.neo4j.query("""
				MATCH (c:Case) WHERE $after IS NULL OR c.id > $after
				WITH c ORDER BY c.id LIMIT $limit
				""" + PROJECTION)
			.bindAll(parameters(afterId, size + 1))
			.fetchAs(Case.class)
			.mappedBy((types, row) -> toCase(row))
			.all());
		boolean hasNext = rows.size() > size;
		return new CasePage(hasNext ? rows.subList(0, size) : rows, hasNext);
	}

	@Override
	public long count() {
		return this.neo4j.query("MATCH (c:Case) RETURN count(c)").fetchAs(Long.class).one().orElse(0L);
	}

	private static Map<String, Object> parameters(@Nullable String afterId, int limit) {
		var parameters = new java.util.HashMap<String, Object>();
		parameters.put("after", afterId);
		parameters.put("limit", limit);
		return parameters;
	}

	private static Case toCase(Record row) {
		return new Case(row.get("id").asString(), row.get("title").asString(), row.get("summary").asString(),
				row.get("narrative").asString(), CaseKind.valueOf(row.get("kind").asString()),
				row.get("place").asString(), row.get("source").asString(""));
	}

}
