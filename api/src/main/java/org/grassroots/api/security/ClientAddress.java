package org.grassroots.api.security;

import java.net.InetSocketAddress;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Puts the client's address (as the server sees the connection) into the GraphQL context,
 * for limits kept per address. Behind a proxy, configure Spring's forwarded-header
 * handling ({@code server.forward-headers-strategy}) so that the address is the client's.
 */
@Component
class ClientAddress implements WebGraphQlInterceptor {

	static final String CONTEXT_KEY = "grassroots.clientAddress";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote != null && remote.getAddress() != null) {
			String address = remote.getAddress().getHostAddress();
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext((context) -> context.put(CONTEXT_KEY, address)).build());
		}
		return chain.next(request);
	}

}
