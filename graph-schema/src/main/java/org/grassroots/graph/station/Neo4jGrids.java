package org.grassroots.graph.station;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetOwnedListing;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Repository;

@Repository
class Neo4jGrids extends KeysetOwnedListing<Grid, GridFilter, GridRelation> implements Grids {

	private static final String PROJECTION = """
			g.id AS id, g.name AS name, g.size AS size,
			[(g)-[:PART_OF*0..1]->(:Grid)-[:WITHIN]->(r:Region) | r.id][0] AS regionId,
			[(g)-[:PART_OF]->(p:Grid) | p.id][0] AS parentId, coalesce(g.version, 1) AS version""";

	Neo4jGrids(ReadRows rows) {
		super(new Keyset<>(rows, "Grid", "g", PROJECTION, Neo4jGrids::toGrid), Map.of(GridRelation.WITHIN,
				"MATCH (:Region {id: owner})<-[:WITHIN*0..]-(:Region)<-[:WITHIN]-(:Grid)<-[:PART_OF*0..1]-(g:Grid)",
				GridRelation.COVERED_BY, "MATCH (:Station {id: owner})-[:COVERS]->(:Grid)<-[:PART_OF*0..1]-(g:Grid)",
				GridRelation.PART_OF, "MATCH (:Grid {id: owner})<-[:PART_OF]-(g:Grid)"));
	}

	@Override
	public Map<String, Grid> ofCases(Collection<String> caseIds) {
		Map<String, Grid> grids = new HashMap<>();
		this.keyset.allOf("MATCH (:Case {id: owner})-[:IN_GRID]->(g:Grid)", caseIds)
			.forEach((owner, found) -> grids.put(owner, found.getFirst()));
		return grids;
	}

	private static Grid toGrid(Record row) {
		return new Grid(row.get("id").asString(), row.get("name").asString(),
				GridSize.valueOf(row.get("size").asString()), row.get("regionId").asString(null),
				row.get("parentId").asString(null), row.get("version").asLong());
	}

}
