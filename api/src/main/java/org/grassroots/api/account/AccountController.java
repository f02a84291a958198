package org.grassroots.api.account;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.Related;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.application.access.Callers;
import org.grassroots.application.accounts.Account;
import org.grassroots.application.accounts.AccountService;
import org.grassroots.application.regions.RegionCatalog;
import org.grassroots.graph.access.Role;
import org.grassroots.graph.account.AccountFilter;
import org.grassroots.graph.account.StaffAccount;
import org.grassroots.graph.region.Region;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class AccountController {

	private static final String TYPE = "Account";

	private final AccountService accounts;

	private final RegionCatalog regions;

	AccountController(AccountService accounts, RegionCatalog regions) {
		this.accounts = accounts;
		this.regions = regions;
	}

	/** Administrators only. */
	@QueryMapping
	Connection<Account, AccountFilter> accounts(@Argument @Nullable FilterInput filter,
			DataFetchingEnvironment environment) {
		AccountFilter chosen = this.accounts.listing(Callers.current(),
				(filter != null) ? new AccountFilter(TextFilter.checked("usernameContains", filter.usernameContains()),
						filter.role(), filter.regionKey()) : AccountFilter.ALL);
		PageRequest request = PageRequest.of(environment, TYPE, AccountFilter.ORDER.ascending());
		return Connection.of(this.accounts.page(chosen, request.order(), request.seek()), TYPE, request, chosen);
	}

	@SchemaMapping(typeName = TYPE + "Connection")
	long totalCount(Object connection) {
		return Connections.rootCount(connection, (AccountFilter filter) -> this.accounts.count(filter));
	}

	@QueryMapping
	@Nullable Account me() {
		return this.accounts.me(Callers.current()).orElse(null);
	}

	@SchemaMapping(typeName = "Account")
	List<StaffAccount.Grant> roles(Account account) {
		return account.grants();
	}

	@SchemaMapping(typeName = "RoleGrant")
	String regionKey(StaffAccount.Grant grant) {
		return grant.regionId();
	}

	/** One query for the regions of every grant in the response. */
	@BatchMapping(typeName = "RoleGrant")
	Map<StaffAccount.Grant, Region> region(List<StaffAccount.Grant> grants) {
		return Related.referenced(grants, StaffAccount.Grant::regionId, this.regions::findByIds, Region::id);
	}

	@MutationMapping
	Map<String, Account> createAccount(@Argument CreateAccountInput input) {
		return payload(this.accounts.createAccount(Callers.current(), input.username(), input.password(),
				Boolean.TRUE.equals(input.admin())));
	}

	@MutationMapping
	Map<String, Account> grantRole(@Argument RoleGrantInput input) {
		return payload(this.accounts.grantRole(Callers.current(), input.username(), input.role(), input.regionKey()));
	}

	@MutationMapping
	Map<String, Account> revokeRole(@Argument RoleGrantInput input) {
		return payload(this.accounts.revokeRole(Callers.current(), input.username(), input.role(), input.regionKey()));
	}

	@MutationMapping
	Map<String, Account> disableAccount(@Argument AccountInput input) {
		return payload(this.accounts.setDisabled(Callers.current(), input.username(), true));
	}

	@MutationMapping
	Map<String, Account> enableAccount(@Argument AccountInput input) {
		return payload(this.accounts.setDisabled(Callers.current(), input.username(), false));
	}

	@MutationMapping
	Map<String, Account> resetPassword(@Argument ResetPasswordInput input) {
		return payload(this.accounts.resetPassword(Callers.current(), input.username(), input.password()));
	}

	@MutationMapping
	Map<String, Account> changePassword(@Argument ChangePasswordInput input) {
		return payload(
				this.accounts.changeOwnPassword(Callers.current(), input.currentPassword(), input.newPassword()));
	}

	private static Map<String, Account> payload(Account account) {
		return Map.of("account", account);
	}

	record CreateAccountInput(String username, String password, @Nullable Boolean admin) {

		@Override
		public String toString() {
			return "CreateAccountInput[username=" + this.username + "]";
		}

	}

	record FilterInput(@Nullable String usernameContains, @Nullable Role role, @Nullable String regionKey) {
	}

	record RoleGrantInput(String username, Role role, String regionKey) {
	}

	record AccountInput(String username) {
	}

	record ResetPasswordInput(String username, String password) {

		@Override
		public String toString() {
			return "ResetPasswordInput[username=" + this.username + "]";
		}

	}

	record ChangePasswordInput(String currentPassword, String newPassword) {

		@Override
		public String toString() {
			return "ChangePasswordInput[]";
		}

	}

}
