package org.grassroots.graph.account;

import java.util.Optional;

/**
 * Staff accounts in the graph.
 */
public interface StaffAccounts {

	Optional<StaffAccount> findByUsername(String username);

	/**
	 * Stores the account unless one with the same username exists.
	 * @return whether the account was created
	 */
	boolean createIfAbsent(StaffAccount account);

}
