package org.grassroots.graph.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.graph.access.Role;
import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetListing;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jStaffAccounts extends KeysetListing<StaffAccount, AccountFilter> implements StaffAccounts {

	private static final String PROJECTION = """
			s.username AS username, s.passwordHash AS passwordHash, 'ADMIN' IN coalesce(s.roles, []) AS admin,
			       coalesce(s.disabled, false) AS disabled, coalesce(s.tokenVersion, 0) AS tokenVersion,
			       COLLECT { MATCH (s)-[h:HOLDS]->(r:Region) RETURN {role: h.role, regionId: r.id} } AS grants""";

	private final Neo4jClient neo4j;

	Neo4jStaffAccounts(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "StaffAccount", "s", PROJECTION, Neo4jStaffAccounts::toAccount));
		this.neo4j = neo4j;
	}

	@Override
	public Optional<StaffAccount> findByUsername(String username) {
		return this.neo4j.query("MATCH (s:StaffAccount {username: $username}) RETURN " + PROJECTION)
			.bind(username)
			.to("username")
			.fetchAs(StaffAccount.class)
			.mappedBy((types, row) -> toAccount(row))
			.one();
	}

	private static StaffAccount toAccount(Record row) {
		return new StaffAccount(row.get("username").asString(), row.get("passwordHash").asString(),
				row.get("admin").asBoolean(), row.get("disabled").asBoolean(), row.get("tokenVersion").asLong(),
				row.get("grants")
					.asList((grant) -> new StaffAccount.Grant(Role.valueOf(grant.get("role").asString()),
							grant.get("regionId").asString())));
	}

	@Override
	public boolean createIfAbsent(StaffAccount account) {
		return this.neo4j
			.query("""
					MERGE (s:StaffAccount {username: $username})
					ON CREATE SET s.id = $username, s.passwordHash = $passwordHash, s.roles = $roles, s.createdAt = datetime(),
					              s.disabled = false, s.tokenVersion = 0, s.created = true
					WITH s, coalesce(s.created, false) AS created
					REMOVE s.created
					RETURN created""")
			.bindAll(Map.of("username", account.username(), "passwordHash", account.passwordHash(), "roles",
					account.admin() ? List.of(Role.ADMIN.name()) : List.of()))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	@Override
	public GrantOutcome grant(String username, Role role, String regionId) {
		return this.neo4j.query("""
				OPTIONAL MATCH (s:StaffAccount {username: $username})
				OPTIONAL MATCH (r:Region {id: $regionId})
				OPTIONAL CALL (s, r) {
				  WITH s, r WHERE s IS NOT NULL AND r IS NOT NULL
				  MERGE (s)-[h:HOLDS {role: $role}]->(r)
				  ON CREATE SET h.since = datetime(), h.created = true
				  WITH h, coalesce(h.created, false) AS created
				  REMOVE h.created
				  RETURN created
				}
				RETURN CASE WHEN s IS NULL THEN 'NO_SUCH_ACCOUNT' WHEN r IS NULL THEN 'NO_SUCH_REGION'
				            WHEN created THEN 'GRANTED' ELSE 'ALREADY_HELD' END AS outcome""")
			.bindAll(Map.of("username", username, "role", role.name(), "regionId", regionId))
			.fetchAs(GrantOutcome.class)
			.mappedBy((types, row) -> GrantOutcome.valueOf(row.get("outcome").asString()))
			.one()
			.orElseThrow();
	}

	@Override
	public boolean revoke(String username, Role role, String regionId) {
		return this.neo4j.query("""
				MATCH (:StaffAccount {username: $username})-[h:HOLDS {role: $role}]->(:Region {id: $regionId})
				DELETE h
				RETURN count(*) > 0 AS revoked""")
			.bindAll(Map.of("username", username, "role", role.name(), "regionId", regionId))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	@Override
	public boolean setDisabled(String username, boolean disabled) {
		return update(username, """
				s.tokenVersion = coalesce(s.tokenVersion, 0) + CASE WHEN $disabled THEN 1 ELSE 0 END,
				s.disabled = $disabled""", Map.of("disabled", disabled));
	}

	@Override
	public boolean setPasswordHash(String username, String passwordHash) {
		return update(username, """
				s.passwordHash = $passwordHash, s.tokenVersion = coalesce(s.tokenVersion, 0) + 1,
				s.passwordChangedAt = datetime()""", Map.of("passwordHash", passwordHash));
	}

	/** Sets properties of the account; whether it exists. */
	private boolean update(String username, String assignments, Map<String, Object> parameters) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("username", username);
		return this.neo4j.query("MATCH (s:StaffAccount {username: $username}) SET " + assignments + " RETURN true")
			.bindAll(all)
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

}
