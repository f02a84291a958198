package org.grassroots.graph.migration;

import java.util.List;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsIT extends Neo4jIntegrationTest {

	@Autowired
	Migrations migrations;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void migrationsAppliedAtStartUpAreRecordedWithTheirChecksums() {
		assertThat(this.neo4j.query("MATCH (m:SchemaMigration) RETURN m.version ORDER BY m.version")
			.fetchAs(Long.class)
			.all()).startsWith(1L);
	}

	@Test
	void applyingAgainChangesNothing() {
		assertThat(this.migrations.apply()).isEmpty();
	}

	@Test
	void migrationsApplyToADatabaseWithoutAnySchemaAndThenChangeNothing() {
		List<String> before = constraints();
		dropAllSchema();

		assertThat(constraints()).isEmpty();
		assertThat(this.migrations.apply()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(constraints()).containsExactlyInAnyOrderElementsOf(before);
		assertThat(this.migrations.apply()).isEmpty();
	}

	private void dropAllSchema() {
		constraints().forEach((name) -> this.neo4j.query("DROP CONSTRAINT " + name).run());
		this.neo4j.query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
			.fetchAs(String.class)
			.all()
			.forEach((name) -> this.neo4j.query("DROP INDEX " + name).run());
		this.neo4j.query("MATCH (m:SchemaMigration) DETACH DELETE m").run();
	}

	@Test
	void businessKeysAreUnique() {
		assertThat(constraints()).contains("case_id", "staff_account_username", "article_id", "article_slug",
				"region_id", "station_id", "representative_id", "stage_key", "audit_event_id", "outbox_event_id",
				"idempotency_key", "archived_case_id");
	}

	private List<String> constraints() {
		return List.copyOf(this.neo4j.query("SHOW CONSTRAINTS YIELD name RETURN name").fetchAs(String.class).all());
	}

}
