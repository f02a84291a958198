package org.grassroots.graph.account;

import java.util.List;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.access.Role;
import org.grassroots.graph.account.StaffAccounts.GrantOutcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class StaffAccountsIT extends Neo4jIntegrationTest {

	@Autowired
	StaffAccounts accounts;

	@Test
	void anAccountIsCreatedOnceAndNeverOverwritten() {
		var first = StaffAccount.create("editor-li", "{noop}first", false);
		var second = StaffAccount.create("editor-li", "{noop}second", true);

		assertThat(this.accounts.createIfAbsent(first)).isTrue();
		assertThat(this.accounts.createIfAbsent(second)).isFalse();
		assertThat(this.accounts.findByUsername("editor-li")).contains(first);
	}

	@Test
	void anUnknownUsernameFindsNothing() {
		assertThat(this.accounts.findByUsername("nobody-here")).isEmpty();
	}

	@Test
	void rolesAreGrantedOncePerRegionAndRevoked() {
		this.accounts.createIfAbsent(StaffAccount.create("steward-chen", "{noop}x", false));

		assertThat(this.accounts.grant("steward-chen", Role.STEWARD, "jm-pengjiang")).isEqualTo(GrantOutcome.GRANTED);
		assertThat(this.accounts.grant("steward-chen", Role.STEWARD, "jm-pengjiang"))
			.isEqualTo(GrantOutcome.ALREADY_HELD);
		assertThat(this.accounts.grant("steward-chen", Role.STEWARD, "no-such-region"))
			.isEqualTo(GrantOutcome.NO_SUCH_REGION);
		assertThat(this.accounts.grant("no-such-account", Role.STEWARD, "jm-pengjiang"))
			.isEqualTo(GrantOutcome.NO_SUCH_ACCOUNT);
		assertThat(this.accounts.findByUsername("steward-chen").orElseThrow().grants())
			.containsExactly(new StaffAccount.Grant(Role.STEWARD, "jm-pengjiang"));

		assertThat(this.accounts.revoke("steward-chen", Role.STEWARD, "jm-pengjiang")).isTrue();
		assertThat(this.accounts.revoke("steward-chen", Role.STEWARD, "jm-pengjiang")).isFalse();
		assertThat(this.accounts.findByUsername("steward-chen").orElseThrow().grants()).isEqualTo(List.of());
	}

	@Test
	void disablingAndANewPasswordEachEndTheTokensIssuedBefore() {
		this.accounts.createIfAbsent(StaffAccount.create("viewer-wu", "{noop}old", false));
		long issuedUnder = this.accounts.findByUsername("viewer-wu").orElseThrow().tokenVersion();

		this.accounts.setPasswordHash("viewer-wu", "{noop}new");
		StaffAccount changed = this.accounts.findByUsername("viewer-wu").orElseThrow();
		this.accounts.setDisabled("viewer-wu", true);
		StaffAccount disabled = this.accounts.findByUsername("viewer-wu").orElseThrow();

		assertThat(changed.passwordHash()).isEqualTo("{noop}new");
		assertThat(changed.tokenVersion()).isGreaterThan(issuedUnder);
		assertThat(disabled.disabled()).isTrue();
		assertThat(disabled.tokenVersion()).isGreaterThan(changed.tokenVersion());
		assertThat(this.accounts.setDisabled("no-such-account", true)).isFalse();
	}

}
