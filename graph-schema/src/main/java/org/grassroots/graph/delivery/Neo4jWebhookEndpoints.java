package org.grassroots.graph.delivery;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jWebhookEndpoints implements WebhookEndpoints {

	private static final String PROJECTION = """
			w.id AS id, w.url AS url, w.events AS events, w.secret AS secret, w.active AS active,
			w.createdBy AS createdBy, w.createdAt AS createdAt""";

	private final Neo4jClient neo4j;

	Neo4jWebhookEndpoints(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public void save(WebhookEndpoint endpoint) {
		this.neo4j.query("""
				MERGE (w:WebhookEndpoint {id: $id})
				SET w.url = $url, w.events = $events, w.secret = $secret, w.active = $active,
				    w.createdBy = $createdBy, w.createdAt = $createdAt""")
			.bindAll(Map.of("id", endpoint.id(), "url", endpoint.url(), "events", endpoint.events(), "secret",
					endpoint.secret(), "active", endpoint.active(), "createdBy", endpoint.createdBy(), "createdAt",
					endpoint.createdAt().atOffset(ZoneOffset.UTC)))
			.run();
	}

	@Override
	public Optional<WebhookEndpoint> find(String id) {
		return this.neo4j.query("MATCH (w:WebhookEndpoint {id: $id}) RETURN " + PROJECTION)
			.bind(id)
			.to("id")
			.fetchAs(WebhookEndpoint.class)
			.mappedBy((types, row) -> toEndpoint(row))
			.one();
	}

	@Override
	public List<WebhookEndpoint> all() {
		return List.copyOf(this.neo4j.query("MATCH (w:WebhookEndpoint) RETURN " + PROJECTION + " ORDER BY id")
			.fetchAs(WebhookEndpoint.class)
			.mappedBy((types, row) -> toEndpoint(row))
			.all());
	}

	private static WebhookEndpoint toEndpoint(Record row) {
		return new WebhookEndpoint(row.get("id").asString(), row.get("url").asString(),
				row.get("events").asList(Value::asString), row.get("secret").asString(), row.get("active").asBoolean(),
				row.get("createdBy").asString(), row.get("createdAt").asZonedDateTime().toInstant());
	}

}
