package org.grassroots.graph.account;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jStaffAccounts implements StaffAccounts {

	private final Neo4jClient neo4j;

	Neo4jStaffAccounts(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public Optional<StaffAccount> findByUsername(String username) {
		return this.neo4j.query("""
				MATCH (s:StaffAccount {username: $username})
				RETURN s.username AS username, s.passwordHash AS passwordHash, s.roles AS roles""")
			.bind(username)
			.to("username")
			.fetchAs(StaffAccount.class)
			.mappedBy((types, row) -> new StaffAccount(row.get("username").asString(),
					row.get("passwordHash").asString(), new HashSet<>(row.get("roles").asList((v) -> v.asString()))))
			.one();
	}

	@Override
	public boolean createIfAbsent(StaffAccount account) {
		return this.neo4j.query("""
				MERGE (s:StaffAccount {username: $username})
				ON CREATE SET s.passwordHash = $passwordHash, s.roles = $roles, s.createdAt = datetime(),
				              s.created = true
				WITH s, coalesce(s.created, false) AS created
				REMOVE s.created
				RETURN created""")
			.bindAll(Map.of("username", account.username(), "passwordHash", account.passwordHash(), "roles",
					account.roles().stream().sorted().toList()))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

}
