package org.grassroots.application.accounts;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.grassroots.application.access.Caller;
import org.grassroots.application.failure.Checks;
import org.grassroots.application.failure.InvalidFields;
import org.grassroots.application.failure.NotFound;
import org.grassroots.application.journal.Mutations;
import org.grassroots.graph.access.Role;
import org.grassroots.graph.account.AccountFilter;
import org.grassroots.graph.account.StaffAccount;
import org.grassroots.graph.account.StaffAccounts;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Seek;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Staff accounts: the caller behind a token, and what administrators (and each account
 * for its own password) may change. Changes that must end the tokens already issued
 * (disabling, a new password) raise the account's token version in the same statement.
 */
@Service
public class AccountService {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

	private static final String TYPE = "StaffAccount";

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final Mutations mutations;

	AccountService(StaffAccounts accounts, PasswordEncoder passwords, Mutations mutations) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.mutations = mutations;
	}

	/**
	 * The caller a token stands for, if the account still exists, is enabled and the
	 * token was issued under its current token version.
	 */
	public Optional<Caller> callerFor(String username, long tokenVersion) {
		return this.accounts.findByUsername(username)
			.filter((account) -> !account.disabled() && account.tokenVersion() == tokenVersion)
			.map(AccountService::toCaller);
	}

	/** The enabled account's caller, for work the application does on its behalf. */
	public Optional<Caller> callerOf(String username) {
		return this.accounts.findByUsername(username)
			.filter((account) -> !account.disabled())
			.map(AccountService::toCaller);
	}

	static Caller toCaller(StaffAccount account) {
		Map<Role, Set<String>> regions = new EnumMap<>(Role.class);
		account.grants()
			.forEach((grant) -> regions.computeIfAbsent(grant.role(), (role) -> new HashSet<>()).add(grant.regionId()));
		return new Caller(account.username(), account.admin(), regions);
	}

	/**
	 * Creates an administrator unless an account of that name exists, for the first
	 * start; an existing account is never changed.
	 * @return whether it was created
	 */
	public boolean createAdministratorIfAbsent(String username, String password) {
		return this.accounts.createIfAbsent(StaffAccount.create(username, this.passwords.encode(password), true));
	}

	/**
	 * The filter an administrator lists accounts with.
	 * @throws org.grassroots.application.failure.Forbidden for anyone else
	 */
	public AccountFilter listing(Caller caller, AccountFilter filter) {
		caller.requireAdmin();
		return filter;
	}

	/** A page of accounts, as the API shows them (never a password hash). */
	public Page<Account> page(AccountFilter filter, Order order, Seek seek) {
		return this.accounts.page(filter, order, seek).map(Account::of);
	}

	public long count(AccountFilter filter) {
		return this.accounts.count(filter);
	}

	/** The caller's own account; empty for an anonymous caller. */
	public Optional<Account> me(Caller caller) {
		if (caller.isAnonymous()) {
			return Optional.empty();
		}
		return this.accounts.findByUsername(caller.signedIn()).map(Account::of);
	}

	/** Creates an enabled account without roles; administrators only. */
	public Account createAccount(Caller caller, String username, String password, boolean admin) {
		caller.requireAdmin();
		Checks.ofInput()
			.require(USERNAME.matcher(username).matches(), "username",
					"用户名 (username) has 3 to 40 characters: lower-case letters, digits, '.', '_' or '-', "
							+ "starting with a letter or digit")
			.orThrow();
		PasswordPolicy.check("input.password", username, password);
		String hash = this.passwords.encode(password);
		return this.mutations.run(caller, "createAccount", (recorder) -> {
			if (!this.accounts.createIfAbsent(StaffAccount.create(username, hash, admin))) {
				throw new InvalidFields("input.username", "用户名 (username) '" + username + "' is taken");
			}
			recorder.target(TYPE, username, null).changed("admin", null, admin).changed("disabled", null, false);
			return account(username);
		});
	}

	/** Grants a role in a region; administrators only. */
	public Account grantRole(Caller caller, String username, Role role, String regionId) {
		caller.requireAdmin();
		checkRole(role);
		return this.mutations.run(caller, "grantRole", (recorder) -> {
			switch (this.accounts.grant(username, role, regionId)) {
				case NO_SUCH_ACCOUNT -> throw new NotFound("account", username);
				case NO_SUCH_REGION -> throw new InvalidFields("input.regionKey", "No region '" + regionId + "'");
				case GRANTED, ALREADY_HELD ->
					recorder.target(TYPE, username, regionId).changed("role", null, role.name() + "@" + regionId);
			}
			return account(username);
		});
	}

	/** Revokes a role held in a region; administrators only. */
	public Account revokeRole(Caller caller, String username, Role role, String regionId) {
		caller.requireAdmin();
		checkRole(role);
		return this.mutations.run(caller, "revokeRole", (recorder) -> {
			account(username);
			if (!this.accounts.revoke(username, role, regionId)) {
				throw new InvalidFields("input.regionKey",
						"Account '" + username + "' holds no " + role + " role in '" + regionId + "'");
			}
			recorder.target(TYPE, username, regionId).changed("role", role.name() + "@" + regionId, null);
			return account(username);
		});
	}

	/** Disables or enables an account; disabling ends its tokens at once. */
	public Account setDisabled(Caller caller, String username, boolean disabled) {
		String admin = caller.requireAdmin();
		if (disabled && admin.equals(username)) {
			throw new InvalidFields("input.username", "An administrator cannot disable their own account");
		}
		return this.mutations.run(caller, disabled ? "disableAccount" : "enableAccount", (recorder) -> {
			boolean before = account(username).disabled();
			this.accounts.setDisabled(username, disabled);
			recorder.target(TYPE, username, null).changed("disabled", before, disabled);
			return account(username);
		});
	}

	/** Sets a new password for an account; administrators only. Its tokens end. */
	public Account resetPassword(Caller caller, String username, String password) {
		caller.requireAdmin();
		PasswordPolicy.check("input.password", username, password);
		return changePassword(caller, "resetPassword", username, password);
	}

	/**
	 * The caller changes their own password, knowing the current one. Their tokens end.
	 */
	public Account changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
		String username = caller.signedIn();
		StaffAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new NotFound("account", username));
		if (!this.passwords.matches(currentPassword, account.passwordHash())) {
			throw new InvalidFields("input.currentPassword", "当前密码 (currentPassword) is wrong");
		}
		PasswordPolicy.check("input.newPassword", username, newPassword);
		return changePassword(caller, "changePassword", username, newPassword);
	}

	private Account changePassword(Caller caller, String action, String username, String password) {
		String hash = this.passwords.encode(password);
		return this.mutations.run(caller, action, (recorder) -> {
			if (!this.accounts.setPasswordHash(username, hash)) {
				throw new NotFound("account", username);
			}
			// The trail says that it changed, never what to
			recorder.target(TYPE, username, null).changed("password", "(previous)", "(changed)");
			return account(username);
		});
	}

	private Account account(String username) {
		return this.accounts.findByUsername(username)
			.map(Account::of)
			.orElseThrow(() -> new NotFound("account", username));
	}

	private static void checkRole(Role role) {
		if (role == Role.ADMIN) {
			throw new InvalidFields("input.role",
					"ADMIN is not held in a region: create the account with admin: true instead");
		}
	}

}
