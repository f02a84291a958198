package org.grassroots;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

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

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
