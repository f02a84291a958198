package org.grassroots.graph.representative;

import java.util.HashMap;
import java.util.Map;

import org.grassroots.graph.access.Scope;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jDutyVisitLog implements DutyVisitLog {

	private final Neo4jClient neo4j;

	Neo4jDutyVisitLog(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public Logged log(DutyVisit visit, Scope scope) {
		boolean atStation = visit.kind() == VisitKind.STATION_RECEPTION;
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("id", visit.id());
		parameters.put("deputyId", visit.representativeId());
		parameters.put("placeId", visit.placeId());
		parameters.put("on", visit.on());
		parameters.put("kind", visit.kind().name());
		// A station lies in a region; a grid within one (a small grid through its large
		// one)
		String label = atStation ? "Station" : "Grid";
		String region = atStation ? "(p)-[:LOCATED_IN]->(r:Region)"
				: "(p)-[:PART_OF*0..1]->(:Grid)-[:WITHIN]->(r:Region)";
		return this.neo4j
			.query("""
					OPTIONAL MATCH (d:Representative {id: $deputyId})
					OPTIONAL MATCH (p:%s {id: $placeId})
					OPTIONAL MATCH %s WHERE %s
					WITH d, p, head(collect(r)) AS r
					FOREACH (deputy IN CASE WHEN d IS NOT NULL AND r IS NOT NULL THEN [d] ELSE [] END |
					  CREATE (deputy)-[:MADE]->(:DutyVisit {id: $id, on: $on, kind: $kind, source: 'staff'})-[:AT]->(p))
					RETURN CASE WHEN d IS NULL THEN 'NO_SUCH_DEPUTY' WHEN r IS NULL THEN 'PLACE_NOT_IN_SCOPE'
					            ELSE 'LOGGED' END AS outcome, r.id AS regionId""".formatted(label, region,
					scope.covers("r")))
			.bindAll(parameters)
			.fetchAs(Logged.class)
			.mappedBy((types, row) -> new Logged(Outcome.valueOf(row.get("outcome").asString()),
					row.get("regionId").asString(null)))
			.one()
			.orElseThrow();
	}

}
