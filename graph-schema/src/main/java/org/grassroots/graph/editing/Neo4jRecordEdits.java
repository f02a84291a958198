package org.grassroots.graph.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.graph.access.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jRecordEdits implements RecordEdits {

	private final Neo4jClient neo4j;

	Neo4jRecordEdits(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public Optional<Locked> lock(Editable kind, String id, Scope scope) {
		// Setting a property takes the node's write lock: what is read after it is the
		// latest committed state
		return this.neo4j
			.query("""
					MATCH (n:%s {id: $id})
					OPTIONAL MATCH %s WHERE %s
					WITH n, head(collect(r)) AS r
					WITH n, r WHERE %s
					SET n.lock = true
					RETURN n.id AS id, coalesce(n.version, 1) AS version, r.id AS regionId, properties(n) AS properties"""
				.formatted(kind.label(), kind.regionPath(), scope.covers("r"),
						scope.everywhere() ? "true" : "r IS NOT NULL"))
			.bindAll(scope.parametersWith("id", id))
			.fetchAs(Locked.class)
			.mappedBy((types, row) -> new Locked(row.get("id").asString(), row.get("version").asLong(),
					row.get("regionId").asString(null), StoredProperties.of(row.get("properties"))))
			.one();
	}

	@Override
	public boolean exists(String label, String id) {
		return this.neo4j.query("MATCH (n:%s {id: $id}) RETURN true".formatted(label))
			.bind(id)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.isPresent();
	}

	@Override
	public void create(Editable kind, String id, Map<String, Object> properties, List<Link> links) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("properties", properties);
		StringBuilder linking = new StringBuilder();
		for (int i = 0; i < links.size(); i++) {
			Link link = links.get(i);
			parameters.put("target" + i, link.targetId());
			parameters.put("link" + i, link.properties());
			linking.append("""
					WITH n
					MATCH (t:%s {id: $target%d})
					CREATE %s SET link = $link%d
					""".formatted(link.targetLabel(), i, link.pattern(), i));
		}
		this.neo4j.query("""
				CREATE (n:%s {id: $id})
				SET n += $properties, n.version = 1, n.createdAt = datetime()
				%s""".formatted(kind.label(), linking)).bindAll(parameters).run();
	}

	@Override
	public void update(Editable kind, String id, Map<String, @Nullable Object> changes) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("changes", changes);
		this.neo4j.query("""
				MATCH (n:%s {id: $id})
				SET n += $changes, n.version = coalesce(n.version, 1) + 1, n.updatedAt = datetime()
				REMOVE n.lock""".formatted(kind.label())).bindAll(parameters).run();
	}

	@Override
	public void relate(Editable kind, String id, Link link) {
		this.neo4j.query("""
				MATCH (n:%s {id: $id}) MATCH (t:%s {id: $target})
				MERGE %s
				SET link += $properties
				REMOVE n.lock""".formatted(kind.label(), link.targetLabel(), link.pattern()))
			.bindAll(Map.of("id", id, "target", link.targetId(), "properties", link.properties()))
			.run();
	}

	@Override
	public boolean unrelate(Editable kind, String id, Link link) {
		return this.neo4j.query("""
				MATCH (n:%s {id: $id})
				REMOVE n.lock
				WITH n
				MATCH %s WHERE t:%s AND t.id = $target
				DELETE link
				RETURN count(*) > 0 AS removed""".formatted(kind.label(), link.pattern(), link.targetLabel()))
			.bindAll(Map.of("id", id, "target", link.targetId()))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

}
