package org.grassroots.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./grassroots reindex} and {@code ./grassroots search-check [--repair]}: signs in
 * to the running application as an administrator ({@code GRASSROOTS_ADMIN_USERNAME},
 * default {@code admin}, and {@code GRASSROOTS_ADMIN_PASSWORD}), starts the rebuild and
 * prints its progress until it ends, or prints the check's report. {@code --url=} names
 * the application (default {@code http://127.0.0.1:8080}).
 */
public final class SearchIndexCommand {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI endpoint;

	private String token = "";

	private SearchIndexCommand(URI endpoint) {
		this.endpoint = endpoint;
	}

	public static void main(String[] arguments) throws InterruptedException {
		String command = (arguments.length > 0) ? arguments[0] : "";
		String url = option(arguments, "--url=", "http://127.0.0.1:8080");
		SearchIndexCommand client = new SearchIndexCommand(URI.create(url.replaceAll("/+$", "") + "/graphql"));
		String password = System.getenv("GRASSROOTS_ADMIN_PASSWORD");
		if (password == null || password.isEmpty()) {
			System.err.println("Set GRASSROOTS_ADMIN_PASSWORD (and GRASSROOTS_ADMIN_USERNAME if not admin).");
			System.exit(2);
		}
		String username = System.getenv().getOrDefault("GRASSROOTS_ADMIN_USERNAME", "admin");
		client.token = client
			.call("mutation($u: String!, $p: String!) { signIn(input: {username: $u, password: $p}) { token } }",
					Map.of("u", username, "p", password))
			.path("signIn")
			.path("token")
			.asString();
		switch (command) {
			case "reindex" -> client.reindex();
			case "search-check" -> client.check(Arrays.asList(arguments).contains("--repair"));
			default -> {
				System.err.println("Usage: reindex | search-check [--repair] [--url=http://127.0.0.1:8080]");
				System.exit(2);
			}
		}
	}

	private void reindex() throws InterruptedException {
		JsonNode status = call("mutation { reindexSearch(input: {}) { status { state liveIndex } } }", Map.of())
			.path("reindexSearch")
			.path("status");
		System.out.println(
				"Rebuilding the search index (visitors search " + status.path("liveIndex").asString() + " meanwhile)");
		String last = "";
		while (true) {
			Thread.sleep(500);
			status = call("""
					{ searchIndexStatus { state index liveIndex copied total error
					    check { articles documents missing stale extra repaired } } }""", Map.of())
				.path("searchIndexStatus");
			String line = "%s %s: %d of %d articles".formatted(status.path("state").asString(),
					status.path("index").asString(""), status.path("copied").asLong(), status.path("total").asLong());
			if (!line.equals(last)) {
				System.out.println(line);
				last = line;
			}
			switch (status.path("state").asString()) {
				case "DONE" -> {
					System.out.println("Visitors now search " + status.path("liveIndex").asString() + "; check: "
							+ status.path("check"));
					return;
				}
				case "FAILED" -> {
					System.err.println("The rebuild stopped: " + status.path("error").asString()
							+ " (it resumes when started again)");
					System.exit(1);
				}
				default -> {
				}
			}
		}
	}

	private void check(boolean repair) {
		JsonNode report = call(
				"mutation($repair: Boolean!) { checkSearchIndex(input: {repair: $repair}) {"
						+ " report { index articles documents missing stale extra repaired } } }",
				Map.of("repair", repair))
			.path("checkSearchIndex")
			.path("report");
		System.out.println(report.toPrettyString());
		boolean differs = !report.path("missing").isEmpty() || !report.path("stale").isEmpty()
				|| !report.path("extra").isEmpty();
		if (differs && !repair) {
			System.out.println("Run with --repair to write the differing articles again from the graph.");
			System.exit(1);
		}
	}

	private JsonNode call(String query, Map<String, Object> variables) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
			if (!this.token.isEmpty()) {
				request.header("Authorization", "Bearer " + this.token);
			}
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			JsonNode body = JSON.readTree(response.body());
			if (body.has("errors") && !body.path("errors").isEmpty()) {
				System.err.println("The application refused: " + body.path("errors"));
				System.exit(1);
			}
			return body.path("data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not reach the application at " + this.endpoint, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String option(String[] arguments, String prefix, String otherwise) {
		return Arrays.stream(arguments)
			.filter((argument) -> argument.startsWith(prefix))
			.map((argument) -> argument.substring(prefix.length()))
			.findFirst()
			.orElse(otherwise);
	}

}
