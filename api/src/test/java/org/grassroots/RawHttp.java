package org.grassroots;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Requests as any client may send them, malformed ones included: any method, content type
 * and body bytes.
 */
final class RawHttp {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	RawHttp(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/**
	 * @param headers names and values, in turn
	 */
	Answer send(String method, String path, String contentType, byte[] body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body.length == 0) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		if (!contentType.isEmpty()) {
			request.header("Content-Type", contentType);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Allow").orElse(""),
					response.headers().firstValue("Retry-After").orElse(""),
					response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Answer post(String contentType, String body) {
		return send("POST", "/graphql", contentType, body.getBytes(StandardCharsets.UTF_8));
	}

	Answer postJson(String body) {
		return post("application/json", body);
	}

	Answer get(String pathAndQuery) {
		return send("GET", pathAndQuery, "", new byte[0]);
	}

	/**
	 * What came back.
	 *
	 * @param status the HTTP status
	 * @param contentType the {@code Content-Type} header, empty when absent
	 * @param allow the {@code Allow} header, empty when absent
	 * @param retryAfter the {@code Retry-After} header, empty when absent
	 * @param allowOrigin the {@code Access-Control-Allow-Origin} header, empty when
	 * absent
	 * @param body the body as text
	 */
	record Answer(int status, String contentType, String allow, String retryAfter, String allowOrigin, String body) {

		/**
		 * A GraphQL-shaped body: JSON, not HTML, with errors or data and no stack trace.
		 */
		boolean isGraphQlShaped() {
			return this.contentType.startsWith("application/") && this.contentType.contains("json")
					&& this.body.startsWith("{") && (this.body.contains("\"errors\"") || this.body.contains("\"data\""))
					&& !this.body.contains("<html") && !this.body.contains("Exception") && !this.body.contains("\tat ");
		}

	}

}
