package org.grassroots.api.web;

import java.util.List;

import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * GraphQL over HTTP POST answered on the request's own thread. Spring for GraphQL's
 * handler always answers asynchronously: the servlet container dispatches the request a
 * second time to write the answer, through every filter again (security, observation,
 * admission), a fixed cost on each request that the benchmark's smallest pages felt.
 * Request threads are virtual, so waiting for the engine here costs no platform thread;
 * the request's time budget still holds, as the engine runs the controllers on their own
 * threads and the wait ends when the budget does.
 */
class BlockingGraphQlHttpHandler extends GraphQlHttpHandler {

	private static final List<MediaType> SUPPORTED = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON, new MediaType("application", "graphql+json"));

	BlockingGraphQlHttpHandler(WebGraphQlHandler graphQl) {
		super(graphQl);
	}

	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> answer) {
		WebGraphQlResponse response = answer.block();
		if (response == null) {
			throw new IllegalStateException("No GraphQL response");
		}
		MediaType contentType = responseType(request);
		return ServerResponse.status(selectResponseStatus(response, contentType))
			.headers((headers) -> headers.putAll(response.getResponseHeaders()))
			.contentType(contentType)
			.body(response.toMap());
	}

	/** The first supported type the caller accepts, as Spring for GraphQL chooses. */
	private static MediaType responseType(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			throw new NotAcceptableStatusException("Could not parse the Accept header: " + ex.getMessage());
		}
		return accepted.stream().filter(SUPPORTED::contains).findFirst().orElse(MediaType.APPLICATION_JSON);
	}

}
