package org.grassroots.graph.account;

import java.util.Optional;

import org.grassroots.graph.access.Role;
import org.grassroots.graph.paging.Listing;

/**
 * Staff accounts in the graph. Every change that must end the tokens already issued
 * raises the account's token version in the same statement.
 */
public interface StaffAccounts extends Listing<StaffAccount, AccountFilter> {

	Optional<StaffAccount> findByUsername(String username);

	/**
	 * Stores the account unless one with the same username exists.
	 * @return whether the account was created
	 */
	boolean createIfAbsent(StaffAccount account);

	/**
	 * Grants a role in a region.
	 * @return what happened; nothing changes unless {@link GrantOutcome#GRANTED}
	 */
	GrantOutcome grant(String username, Role role, String regionId);

	/**
	 * Revokes a role held in a region.
	 * @return whether the account held it
	 */
	boolean revoke(String username, Role role, String regionId);

	/**
	 * Disables or enables an account; disabling ends its tokens.
	 * @return whether the account exists
	 */
	boolean setDisabled(String username, boolean disabled);

	/**
	 * Replaces the password hash and ends the tokens already issued.
	 * @return whether the account exists
	 */
	boolean setPasswordHash(String username, String passwordHash);

	/** What granting a role did. */
	enum GrantOutcome {

		GRANTED, ALREADY_HELD, NO_SUCH_ACCOUNT, NO_SUCH_REGION

	}

}
