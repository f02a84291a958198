package org.grassroots;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The application with staff at hand: the administrator's client, accounts made as an
 * administrator makes them, and, after each test, the records staff made removed again,
 * so that the tests reading the demo graph's figures find them as the demo data has them.
 */
abstract class StaffIntegrationTest extends ApiIntegrationTest {

	@Autowired
	Neo4jClient neo4j;

	StaffFixture staff;

	@BeforeEach
	void staff() {
		this.staff = new StaffFixture(this.anonymous, signedIn());
	}

	@AfterEach
	void forgetRecords() {
		long stories = this.neo4j
			.query("MATCH (a:Article)-[:TELLS]->(c) WHERE c.source STARTS WITH 'staff:' RETURN count(DISTINCT a)")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		StaffFixture.forgetRecords(this.neo4j);
		if (stories > 0) {
			// Stories deleted from the graph behind the outbox's back: the check repairs
			// the index as it would after a restore, so later tests find only the graph's
			StaffFixture.ok(this.staff.admin()
				.document("mutation { checkSearchIndex(input: {repair: true}) { report { extra } } }")
				.executeSync());
		}
	}

}
