package org.grassroots.api.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.IdGenerator;
import org.springframework.util.JdkIdGenerator;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP GET, as the spec describes: {@code query}, {@code operationName},
 * {@code variables} and {@code extensions} as URL parameters (the last two JSON-encoded),
 * queries only. A mutation over GET is refused with 405 so that links and prefetches can
 * never change anything.
 */
class GraphQlGetHandler {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final WebGraphQlHandler graphQl;

	private final JsonMapper json;

	private final IdGenerator ids = new JdkIdGenerator();

	GraphQlGetHandler(WebGraphQlHandler graphQl, JsonMapper json) {
		this.graphQl = graphQl;
		this.json = json;
	}

	ServerResponse handle(ServerRequest request) {
		MediaType mediaType = ErrorBody.mediaType(request.servletRequest());
		Map<String, Object> body = new LinkedHashMap<>();
		try {
			request.param("query").ifPresent((query) -> body.put("query", query));
			request.param("operationName").ifPresent((name) -> body.put("operationName", name));
			jsonParam(request, "variables").ifPresent((variables) -> body.put("variables", variables));
			jsonParam(request, "extensions").ifPresent((extensions) -> body.put("extensions", extensions));
		}
		catch (JacksonException ex) {
			return error(HttpStatus.BAD_REQUEST, mediaType, "variables and extensions must be JSON objects");
		}
		if (!body.containsKey("query") && !body.containsKey("extensions")) {
			return error(HttpStatus.BAD_REQUEST, mediaType, "A GET request needs a 'query' parameter");
		}
		if (isMutation((String) body.get("query"), (String) body.get("operationName"))) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(mediaType)
				.body(errors("Mutations must be sent with POST"));
		}
		WebGraphQlResponse response = execute(request, body);
		HttpStatus status = (mediaType.equals(MediaType.APPLICATION_GRAPHQL_RESPONSE) && !response.isValid())
				? HttpStatus.BAD_REQUEST : HttpStatus.OK;
		return ServerResponse.status(status).contentType(mediaType).body(response.toMap());
	}

	/**
	 * An automatic persisted query over GET has only the hash in its extensions: the
	 * document is then the empty string, which the persisted-query support looks up.
	 */
	@SuppressWarnings("unchecked")
	private WebGraphQlResponse execute(ServerRequest request, Map<String, Object> body) {
		var document = new DefaultGraphQlRequest((String) body.getOrDefault("query", ""),
				(String) body.get("operationName"), (Map<String, Object>) body.get("variables"),
				(Map<String, Object>) body.get("extensions"));
		var graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), null,
				request.remoteAddress().orElse(null), request.attributes(), document, this.ids.generateId().toString(),
				request.servletRequest().getLocale());
		WebGraphQlResponse response = this.graphQl.handleRequest(graphQlRequest).block();
		if (response == null) {
			throw new IllegalStateException("No GraphQL response");
		}
		return response;
	}

	private Optional<Map<String, Object>> jsonParam(ServerRequest request, String name) {
		Optional<String> value = request.param(name).filter((text) -> !text.isBlank());
		return value.map((text) -> this.json.readValue(text, MAP));
	}

	/** An unparsable document is left for the engine to report. */
	private static boolean isMutation(@Nullable String query, @Nullable String operationName) {
		if (query == null) {
			return false;
		}
		try {
			Document document = Parser.parse(query);
			return document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
				.anyMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
	}

	private static ServerResponse error(HttpStatus status, MediaType mediaType, String message) {
		return ServerResponse.status(status).contentType(mediaType).body(errors(message));
	}

	private static Map<String, Object> errors(String message) {
		return Map.of("errors",
				List.of(Map.of("message", message, "extensions", Map.of("classification", "BAD_REQUEST"))));
	}

}
