package org.grassroots.graph.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetListing;
import org.jspecify.annotations.Nullable;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jDeliveries extends KeysetListing<Delivery, DeliveryFilter> implements Deliveries {

	private static final String PROJECTION = """
			d.id AS id, d.eventId AS eventId, d.consumer AS consumer, d.subject AS subject, d.type AS type,
			d.payload AS payload, d.state AS state, d.attempts AS attempts, d.createdAt AS createdAt,
			d.nextAt AS nextAt, d.lastError AS lastError, d.lastStatus AS lastStatus, d.deliveredAt AS deliveredAt""";

	private final Neo4jClient neo4j;

	Neo4jDeliveries(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "Delivery", "d", PROJECTION, Neo4jDeliveries::toDelivery));
		this.neo4j = neo4j;
	}

	@Override
	public void enqueue(List<Delivery.New> deliveries) {
		if (deliveries.isEmpty()) {
			return;
		}
		this.neo4j.query("""
				UNWIND $deliveries AS new
				MERGE (d:Delivery {eventId: new.eventId, consumer: new.consumer})
				ON CREATE SET d.id = new.id, d.subject = new.subject, d.type = new.type, d.payload = new.payload,
				              d.state = 'PENDING', d.attempts = 0, d.createdAt = new.at, d.nextAt = new.at""")
			.bind(deliveries.stream()
				.map((d) -> Map.of("id", d.id(), "eventId", d.eventId(), "consumer", d.consumer(), "subject",
						d.subject(), "type", d.type(), "payload", d.payload(), "at", utc(d.at())))
				.toList())
			.to("deliveries")
			.run();
	}

	@Override
	public List<Delivery> due(Instant now, int limit) {
		return List.copyOf(this.neo4j.query("""
				MATCH (d:Delivery {state: 'PENDING'})
				WITH d ORDER BY d.id
				WITH d.consumer AS consumer, d.subject AS subject, head(collect(d)) AS d
				WITH d WHERE d.nextAt <= $now AND (d.claimedUntil IS NULL OR d.claimedUntil < $now)
				RETURN\s""" + PROJECTION + " ORDER BY id LIMIT $limit")
			.bindAll(Map.of("now", utc(now), "limit", limit))
			.fetchAs(Delivery.class)
			.mappedBy((types, row) -> toDelivery(row))
			.all());
	}

	@Override
	public Set<String> claim(Collection<String> ids, Instant now, Instant until) {
		// Locked first, then checked: of two instances claiming at once, the second
		// sees the first one's claim
		return Set.copyOf(this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (d:Delivery {id: id})
				SET d.lock = true REMOVE d.lock
				WITH d WHERE d.state = 'PENDING' AND (d.claimedUntil IS NULL OR d.claimedUntil < $now)
				SET d.claimedUntil = $until
				RETURN d.id""")
			.bindAll(Map.of("ids", List.copyOf(ids), "now", utc(now), "until", utc(until)))
			.fetchAs(String.class)
			.all());
	}

	@Override
	public void delivered(Collection<String> ids, Instant at, @Nullable Integer status) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("at", utc(at));
		parameters.put("status", status);
		this.neo4j.query("""
				UNWIND $ids AS id
				MATCH (d:Delivery {id: id})
				SET d.state = 'DELIVERED', d.attempts = d.attempts + 1, d.deliveredAt = $at, d.lastStatus = $status
				REMOVE d.claimedUntil, d.nextAt""").bindAll(parameters).run();
	}

	@Override
	public void failed(String id, Instant at, String error, @Nullable Integer status, @Nullable Instant retryAt) {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("error", error);
		parameters.put("status", status);
		parameters.put("state", (retryAt != null) ? "PENDING" : "DEAD");
		parameters.put("nextAt", (retryAt != null) ? utc(retryAt) : null);
		parameters.put("at", utc(at));
		this.neo4j.query("""
				MATCH (d:Delivery {id: $id})
				SET d.state = $state, d.attempts = d.attempts + 1, d.lastError = $error, d.lastStatus = $status,
				    d.nextAt = $nextAt, d.lastAttemptAt = $at
				REMOVE d.claimedUntil""").bindAll(parameters).run();
	}

	@Override
	public boolean retry(String id, Instant now) {
		return this.neo4j.query("""
				MATCH (d:Delivery {id: $id, state: 'DEAD'})
				SET d.state = 'PENDING', d.attempts = 0, d.nextAt = $now
				RETURN count(d) > 0""")
			.bindAll(Map.of("id", id, "now", utc(now)))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	@Override
	public long pending(String consumer) {
		return this.neo4j.query("MATCH (d:Delivery {state: 'PENDING', consumer: $consumer}) RETURN count(d)")
			.bind(consumer)
			.to("consumer")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	private static Object utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(Value value) {
		return value.isNull() ? null : value.asZonedDateTime().toInstant();
	}

	private static Delivery toDelivery(Record row) {
		Instant createdAt = instant(row.get("createdAt"));
		return new Delivery(row.get("id").asString(), row.get("eventId").asString(), row.get("consumer").asString(),
				row.get("subject").asString(), row.get("type").asString(), row.get("payload").asString(),
				DeliveryState.valueOf(row.get("state").asString()), row.get("attempts").asInt(),
				(createdAt != null) ? createdAt : Instant.EPOCH, instant(row.get("nextAt")),
				row.get("lastError").asString(null),
				row.get("lastStatus").isNull() ? null : row.get("lastStatus").asInt(), instant(row.get("deliveredAt")));
	}

}
