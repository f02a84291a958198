package org.grassroots.api.security;

import org.grassroots.application.accounts.AccountService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stateless bearer-token security. Requests pass the filter chain whether signed in or
 * not: the GraphQL layer decides per field, so anonymous callers still get GraphQL errors
 * rather than bare HTTP 401s. Only a token that cannot be trusted is refused at the door,
 * with a GraphQL-shaped body.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String ROLES_CLAIM = "roles";

	static final String SITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:;"
			+ " connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/**
	 * The showcase site and the staff console's page: served to anyone (the console signs
	 * in against the API with a bearer token, no cookie), no sessions, and a content
	 * security policy that lets only their own script and style run.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
		return stateless(http.securityMatcher("/", "/articles/**", "/districts/**", "/site/**", "/preview/**",
				"/console", "/console/**"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(SITE_POLICY)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, AccountService accounts) throws Exception {
		return stateless(http)
			.oauth2ResourceServer((server) -> server.authenticationEntryPoint(new TokenRefusal())
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(new CallerTokens(accounts))))
			.build();
	}

	/**
	 * No session, no cookie, no form: nothing to protect from cross-site requests, no
	 * request to save for after a sign-in page, no session to log out of. Every request
	 * passes these filters, so those that could only ever do nothing are left out.
	 */
	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout.disable())
			.servletApi((servletApi) -> servletApi.disable())
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
	}

	@Bean
	JwtDecoder jwtDecoder(TokenKey key) {
		return NimbusJwtDecoder.withSecretKey(key.key()).macAlgorithm(MacAlgorithm.HS256).build();
	}

	@Bean
	JwtEncoder jwtEncoder(TokenKey key) {
		return NimbusJwtEncoder.withSecretKey(key.key()).build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
