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
	void migrationsApplyToADatabaseThatLostItsSchema() {
		this.neo4j.query("DROP CONSTRAINT case_id IF EXISTS").run();
		this.neo4j.query("DROP INDEX case_kind IF EXISTS").run();
		this.neo4j.query("MATCH (m:SchemaMigration) DETACH DELETE m").run();

		assertThat(this.migrations.apply()).startsWith(1);
		assertThat(constraints()).contains("case_id", "staff_account_username", "article_id", "article_slug");
	}

	@Test
	void businessKeysAreUnique() {
		assertThat(constraints()).contains("case_id", "staff_account_username", "article_id", "article_slug");
	}

	private List<String> constraints() {
		return List.copyOf(this.neo4j.query("SHOW CONSTRAINTS YIELD name RETURN name").fetchAs(String.class).all());
	}

}
