package org.grassroots.graph.account;

import java.util.List;

import org.grassroots.graph.access.Role;

/**
 * A staff member who can sign in.
 *
 * @param username unique sign-in name
 * @param passwordHash the password as an encoder hashed it, never the password itself
 * @param admin whether the account administers everything
 * @param disabled whether sign-in and the tokens already issued are refused
 * @param tokenVersion raised whenever the tokens already issued must stop working (the
 * password changed, the account was disabled); a token carries the version it was issued
 * under
 * @param grants the roles held, each in one region
 */
public record StaffAccount(String username, String passwordHash, boolean admin, boolean disabled, long tokenVersion,
		List<Grant> grants) {

	public StaffAccount {
		grants = List.copyOf(grants);
	}

	/** A new, enabled account. */
	public static StaffAccount create(String username, String passwordHash, boolean admin) {
		return new StaffAccount(username, passwordHash, admin, false, 0, List.of());
	}

	@Override
	public String toString() {
		return "StaffAccount[username=" + this.username + ", admin=" + this.admin + ", disabled=" + this.disabled
				+ ", grants=" + this.grants + "]";
	}

	/**
	 * A role held in a region (and everything below it).
	 *
	 * @param role the role
	 * @param regionId the region's key
	 */
	public record Grant(Role role, String regionId) {
	}

}
