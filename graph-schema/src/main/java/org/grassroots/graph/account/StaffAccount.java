package org.grassroots.graph.account;

import java.util.Set;

/**
 * A staff member who can sign in.
 *
 * @param username unique sign-in name
 * @param passwordHash the password as an encoder hashed it, never the password itself
 * @param roles granted roles, e.g. {@code ADMIN}, {@code STAFF}
 */
public record StaffAccount(String username, String passwordHash, Set<String> roles) {

	public StaffAccount {
		roles = Set.copyOf(roles);
	}

	@Override
	public String toString() {
		return "StaffAccount[username=" + this.username + ", roles=" + this.roles + "]";
	}

}
