package org.grassroots.graph.station;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Grouped;
import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetOwnedListing;
import org.jspecify.annotations.Nullable;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jStations extends KeysetOwnedListing<Station, StationFilter, StationRelation> implements Stations {

	private static final String PROJECTION = """
			s.id AS id, s.name AS name, s.kind AS kind, coalesce(s.designations, []) AS designations,
			s.openedOn AS openedOn, s.consultationRecordAsOf AS recordAsOf, s.consultationRecordTasks AS recordTasks,
			s.consultationRecordOpinionsSubmitted AS recordSubmitted,
			s.consultationRecordOpinionsAdopted AS recordAdopted, coalesce(s.version, 1) AS version""";

	private final Neo4jClient neo4j;

	private final ReadRows rows;

	Neo4jStations(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "Station", "s", PROJECTION, Neo4jStations::toStation),
				Map.of(StationRelation.LOCATED_IN,
						"MATCH (:Region {id: owner})<-[:WITHIN*0..]-(:Region)<-[:LOCATED_IN]-(s:Station)",
						StationRelation.COVERING,
						"MATCH (:Grid {id: owner})-[:PART_OF*0..]->(:Grid)<-[:COVERS]-(s:Station)"));
		this.neo4j = neo4j;
		this.rows = rows;
	}

	@Override
	public Map<String, Station> ofCases(Collection<String> caseIds) {
		Map<String, Station> stations = new HashMap<>();
		related("MATCH (c:Case)-[:COLLECTED_AT]->(s:Station) WHERE c.id IN $ids RETURN c.id AS owner, ", caseIds)
			.forEach((owner, station) -> stations.putIfAbsent(owner, station.getFirst()));
		return stations;
	}

	@Override
	public Map<String, List<Station>> ofRepresentatives(Collection<String> representativeIds) {
		return related("""
				MATCH (r:Representative)-[:STATIONED_AT]->(s:Station) WHERE r.id IN $ids
				WITH r, s ORDER BY s.id
				RETURN r.id AS owner, """, representativeIds);
	}

	private Map<String, List<Station>> related(String cypher, Collection<String> ownerIds) {
		return Grouped.rows(this.rows, cypher + PROJECTION, Map.of("ids", List.copyOf(ownerIds)), "owner",
				Neo4jStations::toStation);
	}

	private static Station toStation(Record row) {
		LocalDate openedOn = row.get("openedOn").isNull() ? null : row.get("openedOn").asLocalDate();
		Station.ConsultationRecord record = row.get("recordAsOf").isNull() ? null
				: new Station.ConsultationRecord(row.get("recordAsOf").asString(), row.get("recordTasks").asLong(0),
						row.get("recordSubmitted").asLong(0), row.get("recordAdopted").asLong(0));
		return new Station(row.get("id").asString(), row.get("name").asString(),
				StationKind.valueOf(row.get("kind").asString()), row.get("designations").asList((v) -> v.asString()),
				openedOn, record, row.get("version").asLong());
	}

}
