package org.grassroots.graph.station;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetOwnedListing;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Repository;

@Repository
class Neo4jStations extends KeysetOwnedListing<Station, StationFilter, StationRelation> implements Stations {

	private static final String PROJECTION = """
			s.id AS id, s.name AS name, s.kind AS kind, coalesce(s.designations, []) AS designations,
			s.openedOn AS openedOn, s.consultationRecordAsOf AS recordAsOf, s.consultationRecordTasks AS recordTasks,
			s.consultationRecordOpinionsSubmitted AS recordSubmitted,
			s.consultationRecordOpinionsAdopted AS recordAdopted, coalesce(s.version, 1) AS version""";

	Neo4jStations(ReadRows rows) {
		super(new Keyset<>(rows, "Station", "s", PROJECTION, Neo4jStations::toStation),
				Map.of(StationRelation.LOCATED_IN,
						"MATCH (:Region {id: owner})<-[:WITHIN*0..]-(:Region)<-[:LOCATED_IN]-(s:Station)",
						StationRelation.COVERING,
						"MATCH (:Grid {id: owner})-[:PART_OF*0..]->(:Grid)<-[:COVERS]-(s:Station)"));
	}

	@Override
	public Map<String, Station> ofCases(Collection<String> caseIds) {
		Map<String, Station> stations = new HashMap<>();
		this.keyset.allOf("MATCH (:Case {id: owner})-[:COLLECTED_AT]->(s:Station)", caseIds)
			.forEach((owner, station) -> stations.putIfAbsent(owner, station.getFirst()));
		return stations;
	}

	@Override
	public Map<String, List<Station>> ofRepresentatives(Collection<String> representativeIds) {
		return this.keyset.allOf("MATCH (:Representative {id: owner})-[:STATIONED_AT]->(s:Station)", representativeIds);
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
