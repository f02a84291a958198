package org.grassroots.graph.law;

import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetOwnedListing;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jConsultations extends KeysetOwnedListing<Consultation, ConsultationFilter, ConsultationRelation>
		implements Consultations {

	// Recorded figures win; consultations without them count their opinions in the graph
	private static final String SUBMITTED = "coalesce(c.opinionsSubmitted, COUNT { (c)<-[:PART_OF]-(:Case) })";

	private static final String ADOPTED = """
			coalesce(c.opinionsAdopted,
			         COUNT { (c)<-[:PART_OF]-(o:Case) WHERE o.outcome IN ['ADOPTED', 'PARTLY_ADOPTED'] })""";

	private static final String PROJECTION = """
			c.id AS id, c.title AS title, c.openedOn AS openedOn, c.partner AS partner, c.format AS format,
			%s AS submitted, %s AS adopted,
			[(c)-[:ON]->(l:Law) | l.id][0] AS lawId, [(c)-[:HELD_BY]->(s:Station) | s.id][0] AS stationId,
			coalesce(c.version, 1) AS version""".formatted(SUBMITTED, ADOPTED);

	private final Neo4jClient neo4j;

	Neo4jConsultations(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "Consultation", "c", PROJECTION, Neo4jConsultations::toConsultation),
				Map.of(ConsultationRelation.ON, "MATCH (:Law {id: owner})<-[:ON]-(c:Consultation)",
						ConsultationRelation.HELD_BY, "MATCH (:Station {id: owner})<-[:HELD_BY]-(c:Consultation)"));
		this.neo4j = neo4j;
	}

	@Override
	public List<ConsultationTally> tallies(ConsultationFilter filter, ConsultationTally.Grouping grouping) {
		String cypher = """
				MATCH (c:Consultation) WHERE %s
				MATCH %s
				WITH g.id AS key, %s AS label, count(c) AS consultations, sum(%s) AS submitted, sum(%s) AS adopted
				RETURN key, label, consultations, submitted, adopted ORDER BY key""".formatted(filter.where(),
				grouping.pattern(), grouping.label(), SUBMITTED, ADOPTED);
		return List.copyOf(this.neo4j.query(cypher)
			.bindAll(filter.parameters())
			.fetchAs(ConsultationTally.class)
			.mappedBy((types, row) -> new ConsultationTally(row.get("key").asString(), row.get("label").asString(),
					row.get("consultations").asLong(), row.get("submitted").asLong(), row.get("adopted").asLong()))
			.all());
	}

	private static Consultation toConsultation(Record row) {
		return new Consultation(row.get("id").asString(), row.get("title").asString(),
				row.get("openedOn").isNull() ? null : row.get("openedOn").asLocalDate(),
				row.get("partner").asString(null), row.get("format").asString(null), row.get("submitted").asLong(),
				row.get("adopted").asLong(), row.get("lawId").asString(null), row.get("stationId").asString(null),
				row.get("version").asLong());
	}

}
