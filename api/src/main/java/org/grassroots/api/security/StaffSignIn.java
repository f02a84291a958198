package org.grassroots.api.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.grassroots.graph.access.Role;
import org.grassroots.graph.account.StaffAccount;
import org.grassroots.graph.account.StaffAccounts;

import org.grassroots.api.error.TooManyAttemptsException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/**
 * Checks a staff member's password and issues a signed, short-lived bearer token.
 */
@Service
class StaffSignIn {

	static final String ISSUER = "grassroots";

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final JwtEncoder tokens;

	private final SecurityProperties properties;

	private final Clock clock;

	private final SignInThrottle throttle;

	/** Compared against when the username is unknown, so both failures take as long. */
	private final String unknownUserHash;

	StaffSignIn(StaffAccounts accounts, PasswordEncoder passwords, JwtEncoder tokens, SecurityProperties properties,
			SignInLimits limits, ObjectProvider<Clock> clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.throttle = new SignInThrottle(limits, this.clock);
		this.unknownUserHash = passwords.encode("unknown-user");
	}

	/**
	 * @param address the client's address, for the per-address limit; null when unknown
	 * @throws TooManyAttemptsException while the account or address is locked, before the
	 * password is checked
	 */
	IssuedToken signIn(String username, String password, @Nullable String address) {
		this.throttle.check(username, address);
		StaffAccount account = this.accounts.findByUsername(username).orElse(null);
		String hash = (account != null) ? account.passwordHash() : this.unknownUserHash;
		// A disabled account fails like a wrong password, after the same work
		if (!this.passwords.matches(password, hash) || account == null || account.disabled()) {
			this.throttle.failed(username, address);
			throw new BadCredentialsException("Invalid username or password");
		}
		this.throttle.succeeded(username);
		return issue(account);
	}

	private IssuedToken issue(StaffAccount account) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.tokenLifetime());
		List<String> roles = Arrays.stream(Role.values())
			.filter((role) -> role == Role.ADMIN ? account.admin()
					: account.grants().stream().anyMatch((grant) -> grant.role() == role))
			.map(Role::name)
			.toList();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(account.username())
			.issuedAt(now)
			.expiresAt(expiresAt)
			.claim(SecurityConfiguration.ROLES_CLAIM, roles)
			.claim(CallerTokens.VERSION_CLAIM, account.tokenVersion())
			.build();
		var parameters = JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims);
		return new IssuedToken(this.tokens.encode(parameters).getTokenValue(), expiresAt, account.username(), roles);
	}

	record IssuedToken(String token, Instant expiresAt, String username, List<String> roles) {
	}

}
