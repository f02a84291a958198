package org.grassroots.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Posts GraphQL documents to the running application as a frontend would.
 */
final class GraphQlHttp {

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final URI endpoint;

	GraphQlHttp(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
	}

	/**
	 * @return the response body
	 * @throws IllegalStateException when the response is not a success without errors
	 */
	String post(String document, Map<String, String> variables) throws IOException, InterruptedException {
		HttpResponse<String> response = exchange(document, variables);
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
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
