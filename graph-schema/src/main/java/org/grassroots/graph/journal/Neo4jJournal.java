package org.grassroots.graph.journal;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jJournal implements Journal, Outbox {

	private final Neo4jClient neo4j;

	Neo4jJournal(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public void record(AuditEvent audit, List<DomainEvent> events) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("audit",
				Map.of("id", audit.id(), "at", audit.at().atOffset(ZoneOffset.UTC), "actor", audit.actor(), "action",
						audit.action(), "targetType", audit.targetType(), "targetKey", audit.targetKey(), "changes",
						audit.changes()));
		parameters.put("regionId", audit.regionId());
		parameters.put("events",
				events.stream()
					.map((event) -> Map.of("id", event.id(), "type", event.type(), "targetKey", event.targetKey(), "at",
							event.at().atOffset(ZoneOffset.UTC), "payload", event.payload()))
					.toList());
		this.neo4j.query("""
				CREATE (e:AuditEvent) SET e = $audit
				WITH e
				OPTIONAL MATCH (r:Region {id: $regionId})
				FOREACH (region IN CASE WHEN r IS NULL THEN [] ELSE [r] END | CREATE (e)-[:IN_REGION]->(region))
				WITH DISTINCT e
				UNWIND $events AS event
				CREATE (o:OutboxEvent) SET o = event, o.pending = true""").bindAll(parameters).run();
	}

	@Override
	public Optional<Remembered> remembered(String account, String key) {
		return this.neo4j.query("""
				MATCH (k:IdempotencyKey {account: $account, key: $key})
				RETURN k.action AS action, k.fingerprint AS fingerprint, k.resultKey AS resultKey""")
			.bindAll(Map.of("account", account, "key", key))
			.fetchAs(Remembered.class)
			.mappedBy((types, row) -> new Remembered(row.get("action").asString(), row.get("fingerprint").asString(),
					row.get("resultKey").asString()))
			.one();
	}

	@Override
	public void remember(String account, String key, Remembered result) {
		this.neo4j.query("""
				CREATE (k:IdempotencyKey {account: $account, key: $key, action: $action,
				                          fingerprint: $fingerprint, resultKey: $resultKey, at: datetime()})""")
			.bindAll(Map.of("account", account, "key", key, "action", result.action(), "fingerprint",
					result.fingerprint(), "resultKey", result.resultKey()))
			.run();
	}

	@Override
	public List<DomainEvent> pending(int limit) {
		return List.copyOf(this.neo4j.query("""
				MATCH (o:OutboxEvent {pending: true})
				RETURN o.id AS id, o.type AS type, o.targetKey AS targetKey, o.at AS at, o.payload AS payload
				ORDER BY o.id LIMIT $limit""")
			.bind(limit)
			.to("limit")
			.fetchAs(DomainEvent.class)
			.mappedBy((types, row) -> new DomainEvent(row.get("id").asString(), row.get("type").asString(),
					row.get("targetKey").asString(), row.get("at").asZonedDateTime().toInstant(),
					row.get("payload").asString()))
			.all());
	}

	@Override
	public void delivered(Collection<String> ids) {
		this.neo4j.query("""
				MATCH (o:OutboxEvent) WHERE o.id IN $ids
				SET o.pending = false, o.deliveredAt = datetime()""").bind(List.copyOf(ids)).to("ids").run();
	}

}
