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
		StaffFixture.forgetRecords(this.neo4j);
	}

}
