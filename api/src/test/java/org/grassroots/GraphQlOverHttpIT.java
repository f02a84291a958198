package org.grassroots;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP as the spec says, and automatic persisted queries.
 */
class GraphQlOverHttpIT extends ApiIntegrationTest {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final String DOCUMENT = "{ cases(first: 1) { totalCount } }";

	@Test
	void aPersistedQueryIsAskedForOnceThenServedByItsHash() {
		Map<String, Object> persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(DOCUMENT)));

		String miss = post(Map.of("extensions", persisted), GRAPHQL_RESPONSE).getBody();
		String register = post(Map.of("query", DOCUMENT, "extensions", persisted), GRAPHQL_RESPONSE).getBody();
		String hit = post(Map.of("extensions", persisted), GRAPHQL_RESPONSE).getBody();

		assertThat(miss).contains("PersistedQueryNotFound");
		assertThat(register).contains("\"totalCount\"");
		assertThat(hit).isEqualTo(register);
	}

	@Test
	void aHashThatDoesNotMatchTheDocumentIsRefused() {
		Map<String, Object> wrong = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256("{ other }")));

		assertThat(post(Map.of("query", DOCUMENT, "extensions", wrong), GRAPHQL_RESPONSE).getBody())
			.contains("PersistedQueryIdInvalid");
	}

	@Test
	void clientsAskingForTheSpecsMediaTypeGetItAndA400ForAnUnparsableDocument() {
		ResponseEntity<String> ok = post(Map.of("query", DOCUMENT), GRAPHQL_RESPONSE);
		ResponseEntity<String> broken = post(Map.of("query", "{ cases("), GRAPHQL_RESPONSE);

		assertThat(ok.getHeaders().getContentType()).isEqualTo(GRAPHQL_RESPONSE);
		assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(broken.getBody()).contains("InvalidSyntax");
	}

	@Test
	void olderClientsAskingForJsonGetA200WithTheErrors() {
		ResponseEntity<String> broken = post(Map.of("query", "{ cases("), MediaType.APPLICATION_JSON);

		assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(broken.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(broken.getBody()).contains("InvalidSyntax");
	}

	@Test
	void aQueryOverGetAnswersLikeTheSameQueryOverPost() {
		ResponseEntity<String> get = get("query={query}", GRAPHQL_RESPONSE, DOCUMENT);

		assertThat(get.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(get.getHeaders().getContentType()).isEqualTo(GRAPHQL_RESPONSE);
		assertThat(get.getBody()).isEqualTo(post(Map.of("query", DOCUMENT), GRAPHQL_RESPONSE).getBody());
	}

	@Test
	void getTakesVariablesAsJson() {
		ResponseEntity<String> get = get("query={query}&variables={variables}", GRAPHQL_RESPONSE,
				"query($n: Int) { cases(first: $n) { edges { cursor } } }", "{\"n\": 2}");

		// $n = 2: two edges
		assertThat(get.getBody().split("\"cursor\"", -1)).hasSize(3);
	}

	@Test
	void aMutationOverGetIsRefusedWith405AndRunsNothing() {
		ResponseEntity<String> get = get("query={query}", GRAPHQL_RESPONSE,
				"mutation { signIn(input: {username: \"editor\", password: \"correct-horse-battery\"}) { token } }");

		assertThat(get.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(get.getHeaders().getAllow()).containsExactly(org.springframework.http.HttpMethod.POST);
		assertThat(get.getBody()).doesNotContain("token\":");
	}

	@Test
	void aGetWithoutADocumentIsABadRequest() {
		assertThat(get("operationName={name}", GRAPHQL_RESPONSE, "Nothing").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aConfiguredOriginMayCallFromTheBrowserAndOthersMayNot() {
		ResponseEntity<String> allowed = preflight("https://frontend.example");
		ResponseEntity<String> refused = preflight("https://elsewhere.example");

		assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(allowed.getHeaders().getAccessControlAllowOrigin()).isEqualTo("https://frontend.example");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getHeaders().getAccessControlAllowOrigin()).isNull();
	}

	@Test
	void aBadTokenIsRefusedWith401AChallengeAndAGraphQlError() {
		ResponseEntity<String> refused = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(GRAPHQL_RESPONSE)
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
			.body(Map.of("query", DOCUMENT))
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer")
			.contains("invalid_token");
		assertThat(refused.getHeaders().getContentType()).isEqualTo(GRAPHQL_RESPONSE);
		assertThat(refused.getBody()).contains("\"classification\":\"UNAUTHORIZED\"").doesNotContain("totalCount");
	}

	private ResponseEntity<String> preflight(String origin) {
		return this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, origin)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	private ResponseEntity<String> get(String parameters, MediaType accept, Object... values) {
		return this.http.get()
			.uri("/graphql?" + parameters, values)
			.accept(accept)
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	private ResponseEntity<String> post(Map<String, Object> body, MediaType accept) {
		return this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(accept)
			.body(body)
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

}
