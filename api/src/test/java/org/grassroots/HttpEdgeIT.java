package org.grassroots;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever arrives at the HTTP edge gets a status that says what is wrong and a body a
 * GraphQL client reads: never a 500, an HTML page or a stack trace.
 */
class HttpEdgeIT extends ApiIntegrationTest {

	private static final String TYPENAME = "{\"query\":\"{ __typename }\"}";

	RawHttp raw;

	@BeforeEach
	void raw() {
		this.raw = new RawHttp(this.port);
	}

	static Stream<Arguments> malformedRequests() {
		return Stream.of(
				Arguments.of("a body that is just null", "POST", "application/json", "null", 400, "JSON object"),
				Arguments.of("a JSON array", "POST", "application/json", "[1]", 400, "JSON object"),
				Arguments.of("an empty body", "POST", "application/json", "", 400, "JSON object"),
				Arguments.of("truncated JSON", "POST", "application/json", "{\"query\":\"{ cas", 400, "not valid JSON"),
				Arguments.of("two JSON objects", "POST", "application/json", TYPENAME + "{}", 400, "one JSON object"),
				Arguments.of("a query that is a number", "POST", "application/json", "{\"query\":1}", 400,
						"'query' must be a string"),
				Arguments.of("variables that are a number", "POST", "application/json",
						"{\"query\":\"{ __typename }\",\"variables\":7}", 400, "'variables' must be a JSON object"),
				Arguments.of("content type */*", "POST", "*/*", TYPENAME, 415, "application/json"),
				Arguments.of("multipart without a boundary", "POST", "multipart/form-data", TYPENAME, 415,
						"application/json"),
				Arguments.of("text/plain", "POST", "text/plain", TYPENAME, 415, "application/json"),
				Arguments.of("a content type that does not parse", "POST", "application/", TYPENAME, 415,
						"application/json"),
				Arguments.of("PUT", "PUT", "application/json", TYPENAME, 405, "GET or POST"),
				Arguments.of("DELETE", "DELETE", "", "", 405, "GET or POST"),
				Arguments.of("PATCH", "PATCH", "application/json", TYPENAME, 405, "GET or POST"));
	}

	@ParameterizedTest(name = "{0} gets {4}")
	@MethodSource("malformedRequests")
	void aMalformedRequestGetsItsStatusAndAGraphQlShapedError(String what, String method, String contentType,
			String body, int status, String message) {
		RawHttp.Answer answer = this.raw.send(method, "/graphql", contentType, body.getBytes(StandardCharsets.UTF_8));

		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.isGraphQlShaped()).as(answer.body()).isTrue();
		assertThat(answer.body()).contains(message).contains("\"classification\":\"BAD_REQUEST\"");
	}

	@Test
	void otherMethodsAreToldWhichAreAllowed() {
		assertThat(
				this.raw.send("PUT", "/graphql", "application/json", TYPENAME.getBytes(StandardCharsets.UTF_8)).allow())
			.isEqualTo("GET, POST, OPTIONS");
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413() {
		String padding = " ".repeat(300 * 1024);
		RawHttp.Answer answer = this.raw.postJson("{\"query\":\"{ __typename }\"" + padding + "}");

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.isGraphQlShaped()).isTrue();
		assertThat(answer.body()).contains("at most 256 KiB");
	}

	@Test
	void variablesOverTheLimitAreRefusedWith413EvenWhenUnused() {
		String big = "a".repeat(100 * 1024);
		RawHttp.Answer answer = this.raw
			.postJson("{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + big + "\"}}");

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.body()).contains("'variables' may be at most 64 KiB");
	}

	@Test
	void aFrontendOnAnAllowedOriginCanReadARefusalAndOthersCannot() {
		byte[] tooLarge = ("{\"query\":\"{ __typename }\"" + " ".repeat(300 * 1024) + "}")
			.getBytes(StandardCharsets.UTF_8);

		RawHttp.Answer allowed = this.raw.send("POST", "/graphql", "application/json", tooLarge, "Origin",
				"https://frontend.example");
		RawHttp.Answer elsewhere = this.raw.send("POST", "/graphql", "application/json", tooLarge, "Origin",
				"https://elsewhere.example");

		assertThat(allowed.status()).isEqualTo(413);
		assertThat(allowed.allowOrigin()).isEqualTo("https://frontend.example");
		assertThat(elsewhere.status()).isEqualTo(413);
		assertThat(elsewhere.allowOrigin()).isEmpty();
	}

	@Test
	void variablesWithinTheLimitStillWork() {
		RawHttp.Answer answer = this.raw
			.postJson("{\"query\":\"query($k: ID!) { node(id: $k) { id } }\",\"variables\":{\"k\":\"Q2FzZTp4\"}}");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("\"node\":null");
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotAServerError() {
		RawHttp.Answer answer = this.raw.get("/error");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.isGraphQlShaped()).isTrue();
		assertThat(answer.body()).contains("NOT_FOUND");
	}

	@Test
	void aClientKeepsItsConnectionForHundredsOfRequests() throws IOException {
		byte[] request = ("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + TYPENAME.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + TYPENAME)
			.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			for (int n = 1; n <= 300; n++) {
				socket.getOutputStream().write(request);
				socket.getOutputStream().flush();
				assertThat(in.readLine()).as("status of request %d", n).isEqualTo("HTTP/1.1 200 ");
				int length = -1;
				for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
					assertThat(header.toLowerCase(Locale.ROOT)).as("request %d", n).isNotEqualTo("connection: close");
					if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
						length = Integer.parseInt(header.substring(header.indexOf(':') + 1).strip());
					}
				}
				char[] body = new char[length];
				int read = 0;
				while (read < length) {
					read += in.read(body, read, length - read);
				}
				assertThat(new String(body)).contains("\"__typename\":\"Query\"");
			}
		}
	}

	@Test
	void anUnknownPathAnswersInJsonNotHtml() {
		RawHttp.Answer answer = this.raw.get("/no/such/page");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.isGraphQlShaped()).isTrue();
	}

	@Test
	void aPersistedQueryIsServedOverGetByItsHashAlone() {
		String document = "{ laws(first: 1) { totalCount } }";
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + sha256(document) + "\"}}";
		String byHash = "/graphql?extensions=" + java.net.URLEncoder.encode(extensions, StandardCharsets.UTF_8);

		RawHttp.Answer miss = this.raw.get(byHash);
		this.raw.get(byHash + "&query=" + java.net.URLEncoder.encode(document, StandardCharsets.UTF_8));
		RawHttp.Answer hit = this.raw.get(byHash);

		assertThat(miss.status()).isEqualTo(200);
		assertThat(miss.body()).contains("PersistedQueryNotFound");
		assertThat(hit.status()).isEqualTo(200);
		assertThat(hit.body()).contains("\"totalCount\"").doesNotContain("errors");
	}

}
