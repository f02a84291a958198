package org.grassroots.application.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of the current request, as the security filter resolved it from the bearer
 * token and the graph.
 */
public final class Callers {

	private Callers() {
	}

	/** The signed-in caller, or {@link Caller#ANONYMOUS}. */
	public static Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof Caller caller) {
			return caller;
		}
		return Caller.ANONYMOUS;
	}

}
