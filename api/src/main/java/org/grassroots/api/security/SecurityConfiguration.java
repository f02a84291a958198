package org.grassroots.api.security;

import org.grassroots.application.accounts.AccountService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, AccountService accounts) throws Exception {
		return http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.oauth2ResourceServer((server) -> server.authenticationEntryPoint(new TokenRefusal())
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(new CallerTokens(accounts))))
			.build();
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
