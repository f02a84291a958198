package org.grassroots.graph.region;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.graph.access.Scope;
import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetOwnedListing;
import org.jspecify.annotations.Nullable;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jRegions extends KeysetOwnedListing<Region, RegionFilter, RegionRelation> implements Regions {

	private static final String PROJECTION = """
			r.id AS id, r.name AS name, r.level AS level, coalesce(r.kind, '') AS kind, r.code AS code,
			       [(r)-[:WITHIN]->(p:Region) | p.id][0] AS parentId""";

	private final Neo4jClient neo4j;

	private final ReadRows rows;

	Neo4jRegions(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "Region", "r", PROJECTION, Neo4jRegions::toRegion),
				Map.of(RegionRelation.CHILD_OF, "MATCH (:Region {id: owner})<-[:WITHIN]-(r:Region)"));
		this.neo4j = neo4j;
		this.rows = rows;
	}

	@Override
	public Map<String, Region> ofCases(Collection<String> caseIds) {
		Map<String, Region> regions = new HashMap<>();
		this.rows
			.all("MATCH (c:Case)-[:LOCATED_IN]->(r:Region) WHERE c.id IN $ids WITH c, r RETURN c.id AS caseId, "
					+ PROJECTION, Map.of("ids", List.copyOf(caseIds)))
			.forEach((row) -> regions.put(row.get("caseId").asString(), toRegion(row)));
		return regions;
	}

	private static Region toRegion(Record row) {
		return new Region(row.get("id").asString(), row.get("name").asString(),
				RegionLevel.valueOf(row.get("level").asString()), row.get("kind").asString(),
				row.get("code").isNull() ? null : row.get("code").asString(),
				row.get("parentId").isNull() ? null : row.get("parentId").asString());
	}

	@Override
	public Set<String> inScope(Collection<String> regionIds, Scope scope) {
		return Set.copyOf(this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (r:Region {id: id}) WHERE %s
				RETURN r.id""".formatted(scope.covers("r")))
			.bindAll(scope.parametersWith("ids", List.copyOf(regionIds)))
			.fetchAs(String.class)
			.all());
	}

}
