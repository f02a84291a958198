package org.grassroots.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the caller of the current request is signed-in staff, for fields that only
 * staff may see.
 */
public final class Staff {

	private Staff() {
	}

	public static boolean isCaller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch((authority) -> "ROLE_STAFF".equals(authority.getAuthority()));
	}

}
