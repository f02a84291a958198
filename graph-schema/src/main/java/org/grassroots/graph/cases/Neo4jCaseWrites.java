package org.grassroots.graph.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.graph.access.Scope;
import org.grassroots.graph.editing.StoredProperties;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jCaseWrites implements CaseWrites {

	private final Neo4jClient neo4j;

	Neo4jCaseWrites(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public Optional<CaseState> lock(String id, Scope scope, boolean archived) {
		// The case is locked (a property set) before its version and stages are read, so
		// a concurrent change waits and what is read is current
		return this.neo4j
			.query("""
					MATCH (c:%s {id: $id})
					OPTIONAL MATCH (c)-[:LOCATED_IN]->(r:Region)
					WITH c, r WHERE %s
					SET c.lock = true
					WITH c, r
					OPTIONAL MATCH (c)-[:HAS_STAGE]->(s:Stage)
					WITH c, r, s ORDER BY s.seq DESC
					WITH c, r, collect(s) AS stages
					RETURN c.id AS id, coalesce(c.version, 1) AS version, c.kind AS kind, r.id AS regionId,
					       properties(c) AS properties, stages[0].stage AS lastStage, stages[0].on AS lastStageOn,
					       coalesce(stages[0].seq, 0) AS lastSeq, %s""".formatted(archived ? "ArchivedCase" : "Case",
					scope.covers("r"), referenceColumns()))
			.bindAll(scope.parametersWith("id", id))
			.fetchAs(CaseState.class)
			.mappedBy((types, row) -> new CaseState(row.get("id").asString(), row.get("version").asLong(),
					CaseKind.valueOf(row.get("kind").asString()), row.get("regionId").asString(null),
					StoredProperties.of(row.get("properties")),
					row.get("lastStage").isNull() ? null : CaseStage.valueOf(row.get("lastStage").asString()),
					date(row.get("lastStageOn")), row.get("lastSeq").asInt(), references(row)))
			.one();
	}

	/**
	 * One column per kind of reference, named after it, with the keys the case refers to.
	 */
	private static String referenceColumns() {
		return String.join(",\n",
				Arrays.stream(Reference.values())
					.map((reference) -> "COLLECT { MATCH %s WHERE t:%s RETURN t.id ORDER BY t.id } AS %s"
						.formatted(reference.pattern(), reference.label(), reference.name()))
					.toList());
	}

	private static Map<Reference, List<String>> references(Record row) {
		Map<Reference, List<String>> references = new EnumMap<>(Reference.class);
		for (Reference reference : Reference.values()) {
			references.put(reference, row.get(reference.name()).asList(Value::asString));
		}
		return references;
	}

	private static @Nullable LocalDate date(Value value) {
		if (value.isNull()) {
			return null;
		}
		return value.hasType(TypeSystem.getDefault().STRING()) ? LocalDate.parse(value.asString())
				: value.asLocalDate();
	}

	@Override
	public Map<Reference, List<String>> missing(Map<Reference, Collection<String>> keys) {
		Map<Reference, List<String>> missing = new EnumMap<>(Reference.class);
		if (keys.values().stream().allMatch(Collection::isEmpty)) {
			return missing;
		}
		Map<String, Object> parameters = new HashMap<>();
		List<String> parts = new ArrayList<>();
		keys.forEach((reference, wanted) -> {
			parameters.put("ref" + reference.ordinal(), List.copyOf(wanted));
			parts.add("""
					UNWIND $ref%d AS key
					OPTIONAL MATCH (t:%s {id: key})
					WITH key WHERE t IS NULL
					RETURN '%s' AS reference, key""".formatted(reference.ordinal(), reference.label(),
					reference.name()));
		});
		this.neo4j.query(String.join("\nUNION ALL\n", parts))
			.bindAll(parameters)
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(Reference.valueOf(row.get("reference").asString()),
					row.get("key").asString()))
			.all()
			.forEach((entry) -> missing.computeIfAbsent((Reference) entry.getKey(), (reference) -> new ArrayList<>())
				.add((String) entry.getValue()));
		return missing;
	}

	@Override
	public String placeName(String regionId) {
		return this.neo4j.query("""
				MATCH path = (r:Region {id: $regionId})-[:WITHIN*0..]->(top:Region)
				WHERE NOT (top)-[:WITHIN]->()
				RETURN reduce(name = '', n IN reverse(nodes(path)) |
				       name + CASE WHEN n.level IN ['DISTRICT', 'TOWN', 'VILLAGE'] THEN n.name ELSE '' END) AS place""")
			.bind(regionId)
			.to("regionId")
			.fetchAs(String.class)
			.one()
			.orElse("");
	}

	@Override
	public void create(String id, Map<String, Object> properties, Map<Reference, List<String>> references) {
		Map<String, Object> parameters = new HashMap<>(referenceParameters(references));
		parameters.put("id", id);
		parameters.put("properties", properties);
		this.neo4j.query("""
				CREATE (c:Case {id: $id})
				SET c += $properties, c.version = 1, c.createdAt = datetime()
				%s
				RETURN c.id""".formatted(linking(references))).bindAll(parameters).run();
	}

	@Override
	public void update(String id, Map<String, Object> changes, Collection<String> cleared,
			Map<Reference, List<String>> references) {
		Map<String, Object> parameters = new HashMap<>(referenceParameters(references));
		parameters.put("id", id);
		parameters.put("changes", changes);
		Map<String, Object> removals = new LinkedHashMap<>();
		cleared.forEach((name) -> removals.put(name, null));
		parameters.put("cleared", removals);
		this.neo4j.query("""
				MATCH (c:Case {id: $id})
				SET c += $changes, c += $cleared, c.version = coalesce(c.version, 1) + 1, c.updatedAt = datetime()
				REMOVE c.lock
				%s
				RETURN c.id""".formatted(unlinking(references) + linking(references))).bindAll(parameters).run();
	}

	@Override
	public void appendStage(String id, int seq, CaseStage stage, LocalDate on, @Nullable String note,
			Map<String, Object> changes) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("seq", seq);
		parameters.put("stage", stage.name());
		parameters.put("on", on);
		parameters.put("note", note);
		parameters.put("changes", changes);
		this.neo4j.query("""
				MATCH (c:Case {id: $id})
				SET c += $changes, c.version = coalesce(c.version, 1) + 1, c.updatedAt = datetime()
				REMOVE c.lock
				CREATE (c)-[:HAS_STAGE]->(:Stage {caseId: $id, seq: $seq, stage: $stage, on: $on, note: $note})""")
			.bindAll(parameters)
			.run();
	}

	@Override
	public void archive(String id, boolean archived) {
		this.neo4j
			.query("""
					MATCH (c:%s {id: $id})
					SET c.version = coalesce(c.version, 1) + 1, c.updatedAt = datetime(), c:%s
					REMOVE c.lock, c:%s""".formatted(archived ? "Case" : "ArchivedCase",
					archived ? "ArchivedCase" : "Case", archived ? "Case" : "ArchivedCase"))
			.bind(id)
			.to("id")
			.run();
	}

	@Override
	public boolean toldByArticle(String id) {
		return this.neo4j.query("MATCH (:Article)-[:TELLS]->(c) WHERE c.id = $id RETURN true LIMIT 1")
			.bind(id)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.isPresent();
	}

	private static Map<String, Object> referenceParameters(Map<Reference, List<String>> references) {
		Map<String, Object> parameters = new HashMap<>();
		references.forEach((reference, keys) -> parameters.put("ref" + reference.ordinal(), keys));
		return parameters;
	}

	/** Deletes the links of every reference being replaced. */
	private static String unlinking(Map<Reference, List<String>> references) {
		StringBuilder cypher = new StringBuilder();
		references.keySet().forEach((reference) -> cypher.append("""
				WITH c
				CALL (c) { MATCH %s WHERE t:%s DELETE old }
				""".formatted(reference.pattern().replace("[:", "[old:"), reference.label())));
		return cypher.toString();
	}

	/** Links the case to every given key of every reference. */
	private static String linking(Map<Reference, List<String>> references) {
		StringBuilder cypher = new StringBuilder();
		references.forEach((reference, keys) -> cypher.append("""
				WITH c
				CALL (c) { UNWIND $ref%d AS key MATCH (t:%s {id: key}) MERGE %s }
				""".formatted(reference.ordinal(), reference.label(), reference.pattern())));
		return cypher.toString();
	}

}
