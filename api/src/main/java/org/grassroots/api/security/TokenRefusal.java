package org.grassroots.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A bearer token that is malformed, forged or expired is refused with HTTP 401 and its
 * {@code WWW-Authenticate} challenge, as OAuth 2.0 asks, and with a body a GraphQL client
 * reads like any other error ({@code extensions.classification} UNAUTHORIZED), so a
 * frontend can tell the user to sign in again instead of reporting a network failure.
 */
class TokenRefusal implements AuthenticationEntryPoint {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final String BODY = """
			{"errors":[{"message":"The bearer token is invalid or has expired: sign in again, or send \
			the request without it","extensions":{"classification":"UNAUTHORIZED"}}]}""";

	private final AuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
			throws IOException, ServletException {
		this.challenge.commence(request, response, refusal);
		response.setContentType(
				acceptsGraphQlResponse(request) ? GRAPHQL_RESPONSE.toString() : MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean acceptsGraphQlResponse(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && MediaType.parseMediaTypes(accept)
			.stream()
			.anyMatch((type) -> type.isCompatibleWith(GRAPHQL_RESPONSE) && !type.isWildcardType());
	}

}
