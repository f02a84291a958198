package org.grassroots.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Posts GraphQL documents to the running application as a frontend would.
 */
final class GraphQlHttp {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final URI endpoint;

	private final @Nullable String token;

	GraphQlHttp(int port) {
		this(port, null);
	}

	private GraphQlHttp(int port, @Nullable String token) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		this.token = token;
	}

	/** The same endpoint, signed in with the bearer token. */
	GraphQlHttp signedIn(String bearer) {
		return new GraphQlHttp(this.endpoint.getPort(), bearer);
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

	private static String checked(HttpResponse<String> response) {
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("GraphQL answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	/** Sends the request and returns whatever came back. */
	HttpResponse<String> exchange(String document, Map<String, String> variables)
			throws IOException, InterruptedException {
		String body = "{\"query\":" + json(document) + ",\"variables\":"
				+ variables.entrySet()
					.stream()
					.map((variable) -> json(variable.getKey()) + ":" + json(variable.getValue()))
					.collect(Collectors.joining(",", "{", "}"))
				+ "}";
		return send(body);
	}

	private HttpResponse<String> send(String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
