package org.grassroots.graph.region;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Page;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jRegions implements Regions {

	private static final String PROJECTION = """
			RETURN r.id AS id, r.name AS name, r.level AS level, coalesce(r.kind, '') AS kind, r.code AS code,
			       [(r)-[:WITHIN]->(p:Region) | p.id][0] AS parentId""";

	private final Neo4jClient neo4j;

	Neo4jRegions(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public List<Region> findByIds(Collection<String> ids) {
		return List.copyOf(this.neo4j.query("MATCH (r:Region) WHERE r.id IN $ids " + PROJECTION)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Region.class)
			.mappedBy((types, row) -> toRegion(row))
			.all());
	}

	@Override
	public Page<Region> page(RegionFilter filter, @Nullable String afterId, int size) {
		Map<String, Object> parameters = new HashMap<>(filter.parameters());
		parameters.put("after", afterId);
		parameters.put("limit", size + 1);
		List<Region> rows = List.copyOf(this.neo4j.query("""
				MATCH (r:Region) WHERE ($after IS NULL OR r.id > $after) AND %s
				WITH r ORDER BY r.id LIMIT $limit
				""".formatted(filter.where()) + PROJECTION)
			.bindAll(parameters)
			.fetchAs(Region.class)
			.mappedBy((types, row) -> toRegion(row))
			.all());
		return Page.ofOneExtra(rows, size);
	}

	@Override
	public long count(RegionFilter filter) {
		return this.neo4j.query("MATCH (r:Region) WHERE " + filter.where() + " RETURN count(r)")
			.bindAll(filter.parameters())
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	@Override
	public Map<String, Region> ofCases(Collection<String> caseIds) {
		Map<String, Region> regions = new HashMap<>();
		this.neo4j
			.query("MATCH (c:Case)-[:LOCATED_IN]->(r:Region) WHERE c.id IN $ids WITH c, r "
					+ PROJECTION.replace("RETURN ", "RETURN c.id AS caseId, "))
			.bind(List.copyOf(caseIds))
			.to("ids")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, row) -> Map.entry(row.get("caseId").asString(), toRegion(row)))
			.all()
			.forEach((entry) -> regions.put((String) entry.getKey(), (Region) entry.getValue()));
		return regions;
	}

	private static Region toRegion(Record row) {
		return new Region(row.get("id").asString(), row.get("name").asString(),
				RegionLevel.valueOf(row.get("level").asString()), row.get("kind").asString(),
				row.get("code").isNull() ? null : row.get("code").asString(),
				row.get("parentId").isNull() ? null : row.get("parentId").asString());
	}

}
