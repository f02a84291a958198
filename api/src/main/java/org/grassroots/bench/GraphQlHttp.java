package org.grassroots.bench;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Posts GraphQL documents to the running application as a frontend would.
 */
final class GraphQlHttp {

	private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json", "Accept",
			"application/graphql-response+json");

	private final PlainHttp client;

	private final @Nullable String token;

	GraphQlHttp(int port) {
		this(port, null);
	}

	private GraphQlHttp(int port, @Nullable String token) {
		this.client = new PlainHttp(port);
		this.token = token;
	}

	/** The same endpoint, signed in with the bearer token. */
	GraphQlHttp signedIn(String bearer) {
		return new GraphQlHttp(this.client.port(), bearer);
	}

	/**
	 * @return the response body
	 * @throws IllegalStateException when the response is not a success without errors
	 */
	String post(String document, Map<String, String> variables) throws IOException, InterruptedException {
		return checked(exchange(document, variables));
	}

	/**
	 * @param variables the variables as a JSON object
	 * @return the response body
	 * @throws IllegalStateException when the response is not a success without errors
	 */
	String postJson(String document, String variables) throws IOException, InterruptedException {
		return checked(send("{\"query\":" + json(document) + ",\"variables\":" + variables + "}"));
	}

	private static String checked(PlainHttp.Response response) {
		if (response.status() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("GraphQL answered " + response.status() + ": " + response.body());
		}
		return response.body();
	}

	/** Sends the request and returns whatever came back. */
	PlainHttp.Response exchange(String document, Map<String, String> variables) throws IOException {
		String body = "{\"query\":" + json(document) + ",\"variables\":"
				+ variables.entrySet()
					.stream()
					.map((variable) -> json(variable.getKey()) + ":" + json(variable.getValue()))
					.collect(Collectors.joining(",", "{", "}"))
				+ "}";
		return send(body);
	}

	private PlainHttp.Response send(String body) throws IOException {
		return this.client
			.post("/graphql",
					(this.token != null) ? Map.of("Content-Type", "application/json", "Accept",
							"application/graphql-response+json", "Authorization", "Bearer " + this.token) : HEADERS,
					body);
	}

	static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
