package org.grassroots.graph.journal;

import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetListing;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jAuditTrail extends KeysetListing<AuditEvent, AuditFilter> implements AuditTrail {

	private static final String PROJECTION = """
			e.id AS id, e.at AS at, e.actor AS actor, e.action AS action, e.targetType AS targetType,
			       e.targetKey AS targetKey, COLLECT { MATCH (e)-[:IN_REGION]->(r:Region) RETURN r.id } AS regionIds,
			       e.changes AS changes""";

	Neo4jAuditTrail(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "AuditEvent", "e", PROJECTION, Neo4jAuditTrail::toEvent));
	}

	private static AuditEvent toEvent(Record row) {
		var regions = row.get("regionIds");
		return new AuditEvent(row.get("id").asString(), row.get("at").asZonedDateTime().toInstant(),
				row.get("actor").asString(), row.get("action").asString(), row.get("targetType").asString(),
				row.get("targetKey").asString(), regions.isEmpty() ? null : regions.get(0).asString(),
				row.get("changes").asString());
	}

}
