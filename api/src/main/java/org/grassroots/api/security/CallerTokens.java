package org.grassroots.api.security;

import java.util.ArrayList;
import java.util.List;

import org.grassroots.application.access.Caller;
import org.grassroots.application.accounts.AccountService;
import org.grassroots.graph.access.Role;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a verified token into the caller as the graph says now: one indexed read per
 * signed-in request, so that a disabled account, a changed password (both raise the
 * account's token version) or a changed role takes effect at once rather than when the
 * token expires.
 */
class CallerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

	static final String VERSION_CLAIM = "ver";

	private final AccountService accounts;

	CallerTokens(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Object version = jwt.getClaims().get(VERSION_CLAIM);
		String subject = jwt.getSubject();
		if (subject == null || !(version instanceof Number number)) {
			throw new InvalidBearerTokenException("The token names no account version");
		}
		Caller caller = this.accounts.callerFor(subject, number.longValue())
			.orElseThrow(
					() -> new InvalidBearerTokenException("The token's account is disabled or its password changed"));
		return new CallerAuthentication(caller, jwt);
	}

	static List<GrantedAuthority> authorities(Caller caller) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (caller.isStaff()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
		}
		for (Role role : Role.values()) {
			if (caller.holds(role)) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
			}
		}
		return authorities;
	}

	/** A signed-in caller; the principal is the {@link Caller}. */
	static final class CallerAuthentication extends AbstractAuthenticationToken {

		private static final long serialVersionUID = 1L;

		private final Caller caller;

		private final transient Jwt token;

		CallerAuthentication(Caller caller, Jwt token) {
			super(authorities(caller));
			this.caller = caller;
			this.token = token;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return this.token;
		}

		@Override
		public Object getPrincipal() {
			return this.caller;
		}

		@Override
		public String getName() {
			return String.valueOf(this.caller.username());
		}

	}

}
