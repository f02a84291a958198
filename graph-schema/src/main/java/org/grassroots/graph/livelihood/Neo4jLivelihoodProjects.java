package org.grassroots.graph.livelihood;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.graph.access.Scope;
import org.grassroots.graph.paging.Grouped;
import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetListing;
import org.jspecify.annotations.Nullable;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jLivelihoodProjects extends KeysetListing<LivelihoodProject, LivelihoodFilter> implements LivelihoodProjects {

	private static final String PROJECTION = """
			p.id AS id, p.year AS year, p.rank AS rank, p.field AS field, p.title AS title,
			       coalesce(p.chosen, false) AS chosen, coalesce(p.votesFor, 0) AS votesFor,
			       coalesce(p.votesAgainst, 0) AS votesAgainst, coalesce(p.votesAbstain, 0) AS votesAbstain,
			       coalesce(p.budgetYuan, 0) AS budgetYuan, coalesce(p.itemCount, 0) AS itemCount,
			       p.satisfaction AS satisfaction, COLLECT { MATCH (p)-[:DECIDED_IN]->(r:Region) RETURN r.id } AS regionIds,
			       coalesce(p.version, 1) AS version, coalesce(p.source, '') AS source""";

	private final Neo4jClient neo4j;

	private final ReadRows rows;

	Neo4jLivelihoodProjects(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "LivelihoodProject", "p", PROJECTION, Neo4jLivelihoodProjects::toProject));
		this.neo4j = neo4j;
		this.rows = rows;
	}

	@Override
	public Map<String, List<ProjectItem>> items(Collection<String> projectIds) {
		Map<String, List<ProjectItem>> items = new LinkedHashMap<>();
		this.neo4j.query("""
				MATCH (p:LivelihoodProject)-[:HAS_ITEM]->(i:ProjectItem) WHERE p.id IN $ids
				RETURN p.id AS projectId, i.seq AS seq, i.title AS title, coalesce(i.budgetYuan, 0) AS budgetYuan,
				       i.quantityValue AS quantity, i.quantityUnit AS quantityUnit
				ORDER BY projectId, seq""")
			.bind(List.copyOf(projectIds))
			.to("ids")
			.fetchAs(ProjectItem.class)
			.mappedBy((types, row) -> new ProjectItem(row.get("projectId").asString(), row.get("seq").asInt(),
					row.get("title").asString(), row.get("budgetYuan").asLong(), decimal(row.get("quantity")),
					row.get("quantityUnit").asString(null)))
			.all()
			.forEach((item) -> items.computeIfAbsent(item.projectId(), (id) -> new ArrayList<>()).add(item));
		return items;
	}

	@Override
	public Map<String, List<String>> deliveries(Collection<String> projectIds) {
		return Grouped.rows(this.rows, """
				MATCH (p:LivelihoodProject)-[:DELIVERED_BY]->(c:Case) WHERE p.id IN $ids
				RETURN p.id AS projectId, c.id AS caseId ORDER BY projectId, caseId""",
				Map.of("ids", List.copyOf(projectIds)), "projectId", (row) -> row.get("caseId").asString());
	}

	@Override
	public LivelihoodStatistics statistics(LivelihoodFilter filter) {
		return this.neo4j
			.query("""
					%s
					WITH collect(p) AS voted
					WITH voted, [p IN voted WHERE p.chosen] AS chosen
					RETURN size(reduce(ys = [], p IN voted | CASE WHEN p.year IN ys THEN ys ELSE ys + p.year END)) AS years,
					       size(chosen) AS projects,
					       reduce(n = 0, p IN chosen | n + coalesce(p.itemCount, 0)) AS items,
					       reduce(n = 0, p IN chosen | n + coalesce(p.budgetYuan, 0)) AS budget,
					       size(voted) AS candidates,
					       CASE WHEN size([p IN chosen WHERE p.satisfaction IS NOT NULL]) = 0 THEN null
					            ELSE reduce(s = 0.0, p IN chosen | s + coalesce(p.satisfaction, 0.0))
					                 / size([p IN chosen WHERE p.satisfaction IS NOT NULL]) END AS satisfaction"""
				.formatted(filter.match("(p:LivelihoodProject)")))
			.bindAll(filter.parameters())
			.fetchAs(LivelihoodStatistics.class)
			.mappedBy((types, row) -> new LivelihoodStatistics(row.get("years").asLong(), row.get("projects").asLong(),
					row.get("items").asLong(), row.get("budget").asLong(), row.get("candidates").asLong(),
					row.get("satisfaction").isNull() ? null : row.get("satisfaction").asDouble()))
			.one()
			.orElseThrow();
	}

	@Override
	public Optional<LivelihoodProject> lock(String id, Scope scope) {
		return this.neo4j.query("""
				MATCH (p:LivelihoodProject {id: $id})
				OPTIONAL MATCH (p)-[:DECIDED_IN]->(r:Region)
				WITH p, r WHERE %s
				SET p.lock = true
				RETURN %s""".formatted(scope.covers("r"), PROJECTION))
			.bindAll(scope.parametersWith("id", id))
			.fetchAs(LivelihoodProject.class)
			.mappedBy((types, row) -> toProject(row))
			.one();
	}

	@Override
	public void create(String id, Map<String, Object> properties, String regionId) {
		this.neo4j.query("""
				MATCH (r:Region {id: $regionId})
				CREATE (p:LivelihoodProject {id: $id})-[:DECIDED_IN]->(r)
				SET p += $properties, p.version = 1, p.budgetYuan = 0, p.itemCount = 0, p.createdAt = datetime()""")
			.bindAll(Map.of("id", id, "properties", properties, "regionId", regionId))
			.run();
	}

	@Override
	public void update(String id, Map<String, Object> changes) {
		this.neo4j.query("""
				MATCH (p:LivelihoodProject {id: $id})
				SET p += $changes, p.version = coalesce(p.version, 1) + 1, p.updatedAt = datetime()
				REMOVE p.lock""").bindAll(Map.of("id", id, "changes", changes)).run();
	}

	@Override
	public void addItem(String id, ProjectItem item) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("seq", item.seq());
		parameters.put("title", item.title());
		parameters.put("budget", item.budgetYuan());
		parameters.put("quantity", item.quantity());
		parameters.put("unit", item.quantityUnit());
		this.neo4j.query("""
				MATCH (p:LivelihoodProject {id: $id})
				CREATE (p)-[:HAS_ITEM]->(:ProjectItem {projectId: $id, seq: $seq, title: $title, budgetYuan: $budget,
				                                      quantityValue: $quantity, quantityUnit: $unit})
				SET p.budgetYuan = coalesce(p.budgetYuan, 0) + $budget, p.itemCount = coalesce(p.itemCount, 0) + 1,
				    p.version = coalesce(p.version, 1) + 1, p.updatedAt = datetime()
				REMOVE p.lock""").bindAll(parameters).run();
	}

	@Override
	public boolean addDelivery(String id, String caseId) {
		return this.neo4j.query("""
				MATCH (p:LivelihoodProject {id: $id}) MATCH (c:Case {id: $caseId})
				MERGE (p)-[:DELIVERED_BY]->(c)
				SET p.version = coalesce(p.version, 1) + 1, p.updatedAt = datetime()
				REMOVE p.lock
				RETURN true""").bindAll(Map.of("id", id, "caseId", caseId)).fetchAs(Boolean.class).one().orElse(false);
	}

	private static LivelihoodProject toProject(Record row) {
		Value regions = row.get("regionIds");
		return new LivelihoodProject(row.get("id").asString(), row.get("year").asInt(),
				row.get("rank").isNull() ? null : row.get("rank").asInt(), row.get("field").asString(),
				row.get("title").asString(), row.get("chosen").asBoolean(),
				new LivelihoodProject.Votes(row.get("votesFor").asLong(), row.get("votesAgainst").asLong(),
						row.get("votesAbstain").asLong()),
				row.get("budgetYuan").asLong(), row.get("itemCount").asInt(), decimal(row.get("satisfaction")),
				regions.isEmpty() ? null : regions.get(0).asString(), row.get("version").asLong(),
				row.get("source").asString());
	}

	private static @Nullable Double decimal(Value value) {
		return value.isNull() ? null : value.asNumber().doubleValue();
	}

}
