package org.grassroots.application.access;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.grassroots.application.failure.Forbidden;
import org.grassroots.application.failure.NotSignedIn;
import org.grassroots.graph.access.Role;
import org.grassroots.graph.access.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as the graph says now (not as a token said when it was issued).
 *
 * @param username the account, null for an anonymous caller
 * @param admin whether the account administers everything
 * @param regions the regions each role is held in
 */
public record Caller(@Nullable String username, boolean admin, Map<Role, Set<String>> regions) {

	public static final Caller ANONYMOUS = new Caller(null, false, Map.of());

	public Caller {
		Map<Role, Set<String>> copy = new EnumMap<>(Role.class);
		regions.forEach((role, ids) -> {
			if (!ids.isEmpty()) {
				copy.put(role, Set.copyOf(ids));
			}
		});
		regions = Map.copyOf(copy);
	}

	public boolean isAnonymous() {
		return this.username == null;
	}

	/** Whether the caller is staff: an administrator or the holder of any role. */
	public boolean isStaff() {
		return this.admin || !this.regions.isEmpty();
	}

	/** Whether the caller holds the role anywhere (administrators hold every role). */
	public boolean holds(Role role) {
		return this.admin || this.regions.containsKey(role);
	}

	/**
	 * Where the caller may act in any of the roles: everywhere for an administrator, the
	 * regions of those roles otherwise.
	 */
	public Scope scope(Role... roles) {
		if (this.admin) {
			return Scope.EVERYWHERE;
		}
		Set<String> ids = new HashSet<>();
		Arrays.stream(roles).forEach((role) -> ids.addAll(this.regions.getOrDefault(role, Set.of())));
		return Scope.of(ids);
	}

	/** Where the caller may read what only staff may read: the regions of any role. */
	public Scope readScope() {
		return scope(Role.values());
	}

	/**
	 * The caller's scope in one of the roles.
	 * @throws NotSignedIn for an anonymous caller
	 * @throws Forbidden for a caller who holds none of the roles anywhere
	 */
	public Scope require(Role... roles) {
		String name = signedIn();
		if (!this.admin && Arrays.stream(roles).noneMatch(this.regions::containsKey)) {
			throw new Forbidden("Account '" + name + "' holds none of the roles this needs: " + Arrays.toString(roles));
		}
		return scope(roles);
	}

	/**
	 * The account's name.
	 * @throws NotSignedIn for an anonymous caller
	 */
	public String signedIn() {
		if (this.username == null) {
			throw new NotSignedIn();
		}
		return this.username;
	}

	/**
	 * @throws Forbidden unless the caller administers everything
	 */
	public String requireAdmin() {
		String name = signedIn();
		if (!this.admin) {
			throw new Forbidden("Only an administrator may do this");
		}
		return name;
	}

}
