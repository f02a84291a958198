package org.grassroots.application.accounts;

import java.util.List;

import org.grassroots.graph.account.StaffAccount;

/**
 * A staff account as the API shows it: never its password hash.
 *
 * @param username sign-in name
 * @param admin whether it administers everything
 * @param disabled whether it is disabled
 * @param grants roles and the regions they are held in
 */
public record Account(String username, boolean admin, boolean disabled, List<StaffAccount.Grant> grants) {

	static Account of(StaffAccount account) {
		return new Account(account.username(), account.admin(), account.disabled(), account.grants());
	}

}
