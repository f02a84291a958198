package org.grassroots.graph.representative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jDutyCompliances implements DutyCompliances {

	/** Deputies bound to {@code r} with their visits in the period, in one round trip. */
	private static final String VISITS = """
			OPTIONAL MATCH (r)-[:MADE]->(v:DutyVisit) WHERE v.on >= $from AND v.on < $to
			RETURN r.id AS id, r.name AS name, r.levels AS levels, collect(v.on) AS visits
			ORDER BY id""";

	private final Neo4jClient neo4j;

	Neo4jDutyCompliances(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public void log(DutyVisit visit) {
		String place = (visit.kind() == VisitKind.STATION_RECEPTION) ? "Station" : "Grid";
		this.neo4j.query("""
				MATCH (r:Representative {id: $representativeId}), (p:%s {id: $placeId})
				MERGE (v:DutyVisit {id: $id})
				ON CREATE SET v.on = $on, v.kind = $kind
				MERGE (r)-[:MADE]->(v)
				MERGE (v)-[:AT]->(p)""".formatted(place))
			.bindAll(Map.of("representativeId", visit.representativeId(), "placeId", visit.placeId(), "id", visit.id(),
					"on", visit.on(), "kind", visit.kind().name()))
			.run();
	}

	@Override
	public Optional<DeputyCompliance> ofRepresentative(String representativeId, LocalDate from, LocalDate to) {
		return deputies("MATCH (r:Representative {id: $id})", representativeId, from, to).stream().findFirst();
	}

	@Override
	public GroupCompliance ofStation(String stationId, LocalDate from, LocalDate to) {
		return new GroupCompliance(
				deputies("MATCH (r:Representative)-[:STATIONED_AT]->(:Station {id: $id})", stationId, from, to));
	}

	@Override
	public GroupCompliance ofRegion(String regionId, LocalDate from, LocalDate to) {
		return new GroupCompliance(deputies("""
				MATCH (region:Region {id: $id})
				MATCH (r:Representative)
				WHERE EXISTS { (r)-[:ELECTED_FROM]->(:Region)-[:WITHIN*0..]->(region) }
				   OR EXISTS { (r)-[:STATIONED_AT]->(:Station)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..]->(region) }
				""", regionId, from, to));
	}

	private List<DeputyCompliance> deputies(String match, String id, LocalDate from, LocalDate to) {
		return List.copyOf(this.neo4j.query(match + "\n" + VISITS)
			.bindAll(Map.of("id", id, "from", from, "to", to))
			.fetchAs(DeputyCompliance.class)
			.mappedBy((types, row) -> toCompliance(row, from, to))
			.all());
	}

	private static DeputyCompliance toCompliance(Record row, LocalDate from, LocalDate to) {
		List<CongressLevel> levels = row.get("levels").asList((level) -> CongressLevel.valueOf(level.asString()));
		List<LocalDate> visits = row.get("visits").asList((day) -> day.asLocalDate());
		return new DeputyCompliance(row.get("id").asString(), row.get("name").asString(),
				DutyRule.forLevels(levels).evaluate(visits, from, to));
	}

}
