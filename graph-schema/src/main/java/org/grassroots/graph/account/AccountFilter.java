package org.grassroots.graph.account;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.access.Role;
import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which accounts to list; every part is optional.
 *
 * @param usernameContains text the name contains
 * @param role holding this role somewhere
 * @param regionId holding a role in this region
 */
public record AccountFilter(@Nullable String usernameContains, @Nullable Role role,
		@Nullable String regionId) implements ConditionsFilter {

	/** Accounts are listed by name. */
	public static final SortField ORDER = SortField.byKey("s.id");

	public static final AccountFilter ALL = new AccountFilter(null, null, null);

	@Override
	public Conditions conditions() {
		return new Conditions().and("usernameContains", this.usernameContains, "s.username CONTAINS $usernameContains")
			.and("role", this.role, "EXISTS { (s)-[:HOLDS {role: $role}]->(:Region) }")
			.and("regionId", this.regionId, "EXISTS { (s)-[:HOLDS]->(:Region {id: $regionId}) }");
	}

}
