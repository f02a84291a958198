package org.grassroots.graph.representative;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetOwnedListing;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

@Repository
class Neo4jRepresentatives extends KeysetOwnedListing<Representative, RepresentativeFilter, RepresentativeRelation>
		implements Representatives {

	private static final String PROJECTION = """
			r.id AS id, r.name AS name, r.levels AS levels, r.sector AS sector, r.profile AS profile,
			r.contact AS contact, coalesce(r.version, 1) AS version""";

	Neo4jRepresentatives(ReadRows rows) {
		super(new Keyset<>(rows, "Representative", "r", PROJECTION, Neo4jRepresentatives::toRepresentative),
				Map.of(RepresentativeRelation.STATIONED_AT,
						"MATCH (:Station {id: owner})<-[:STATIONED_AT]-(r:Representative)",
						RepresentativeRelation.SERVING_IN,
						"MATCH (:Grid {id: owner})-[:PART_OF*0..]->(:Grid)<-[:SERVES_IN]-(r:Representative)"));
	}

	@Override
	public Map<String, List<Representative>> ofStations(Collection<String> stationIds) {
		return this.keyset.allOf("MATCH (:Station {id: owner})<-[:STATIONED_AT]-(r:Representative)", stationIds);
	}

	@Override
	public Map<String, List<Representative>> raisersOfCases(Collection<String> caseIds) {
		return this.keyset.allOf("MATCH (:Case {id: owner})<-[:RAISED]-(r:Representative)", caseIds);
	}

	private static Representative toRepresentative(Record row) {
		return new Representative(row.get("id").asString(), row.get("name").asString(),
				row.get("levels").asList((level) -> CongressLevel.valueOf(level.asString())), text(row.get("sector")),
				text(row.get("profile")), text(row.get("contact")), row.get("version").asLong());
	}

	private static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

}
