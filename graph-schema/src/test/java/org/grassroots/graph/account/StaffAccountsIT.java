package org.grassroots.graph.account;

import java.util.Set;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAccountsIT extends Neo4jIntegrationTest {

	@Autowired
	StaffAccounts accounts;

	@Test
	void anAccountIsCreatedOnceAndNeverOverwritten() {
		var first = new StaffAccount("editor-li", "{noop}first", Set.of("STAFF"));
		var second = new StaffAccount("editor-li", "{noop}second", Set.of("ADMIN"));

		assertThat(this.accounts.createIfAbsent(first)).isTrue();
		assertThat(this.accounts.createIfAbsent(second)).isFalse();
		assertThat(this.accounts.findByUsername("editor-li")).contains(first);
	}

	@Test
	void anUnknownUsernameFindsNothing() {
		assertThat(this.accounts.findByUsername("nobody-here")).isEmpty();
	}

}
