package org.grassroots;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzz of malformed requests, as careless clients and attackers send them:
 * truncated and mutated documents, invalid JSON, wrong content types and methods,
 * oversized bodies and variables, deep nesting, alias and fragment fan-out, odd Unicode
 * and variables of the wrong type. None may get a 5xx, an HTML page or a stack trace, and
 * the server answers a plain query at once afterwards. A failure names the seed and the
 * request number, so it can be replayed.
 */
class MalformedRequestFuzzIT extends ApiIntegrationTest {

	private static final long SEED = 20261130L;

	private static final int REQUESTS = 5_200;

	private static final List<String> DOCUMENTS = List.of("""
			query StationPage($id: ID!) { node(id: $id) { ... on Station { key name kind openedOn
			  representatives(first: 20) { totalCount edges { node { key name levels
			    cases(first: 5, orderBy: {field: RAISED_ON, direction: DESC}) {
			      edges { node { key title status raisedOn } } } } } } } } }""", """
			query CaseList($district: String!, $from: Date!, $to: Date!, $after: String) {
			  cases(first: 20, after: $after, orderBy: {field: RAISED_ON, direction: DESC},
			        filter: {regionKey: $district, statuses: [COMPLETED], raisedFrom: $from, raisedTo: $to}) {
			    totalCount pageInfo { endCursor hasNextPage }
			    edges { node { key title kind status raisedOn fundingYuan region { name } } } } }""", """
			query Dashboard($district: String!) {
			  caseStatistics(filter: {regionKey: $district}) { total fundingYuan byStatus { key count } }
			  consultationStatistics(groupBy: CONTACT_POINT, filter: {withinKey: $district}) { key adoptionRate } }""",
			"""
					{ dutyCompliance(regionKey: "jm", from: "2025-01-01", to: "2026-01-01") { deputies rate
					  details(first: 5) { name missed { start end } } } }""",
			"{ searchArticles(query: \"路灯\", first: 5) { totalCount hits { article { title } } } }",
			"{ regions(first: 3, filter: {nameContains: \"镇\"}) { edges { cursor node { key name } } } }",
			"mutation { signIn(input: {username: \"admin\", password: \"wrong\"}) { token } }");

	private static final String[] ODD = { "\u0000", "\uD800", "\uDFFF", "\u202E", "\u200B", "\uFEFF", "😀", "\\", "\"",
			"'", "\n", "\t", "$", "@", "#", "…", "{", "}", "(", ")", "[", "]", ":", "!", "...", "&", "' OR 1=1 //",
			"}) MATCH (n) DETACH DELETE n //", "%00", "\u4e2d\u6587", "𠀀" };

	private static final String[] CONTENT_TYPES = { "application/json", "application/json; charset=utf-8", "text/plain",
			"*/*", "multipart/form-data", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
			"application/graphql", "application/", "", ";;;", "application/xml", "application/json; charset=nonsense" };

	private static final String[] METHODS = { "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE" };

	@Test
	void malformedRequestsNeverGetAServerErrorAndTheServerStaysResponsive() {
		RawHttp raw = new RawHttp(this.port);
		Random random = new Random(SEED);
		List<Function<Random, Request>> kinds = List.of(MalformedRequestFuzzIT::truncated,
				MalformedRequestFuzzIT::mutated, MalformedRequestFuzzIT::invalidJson,
				MalformedRequestFuzzIT::wrongContentTypeOrMethod, MalformedRequestFuzzIT::deepNesting,
				MalformedRequestFuzzIT::fanOut, MalformedRequestFuzzIT::wrongVariables, MalformedRequestFuzzIT::oddGet);
		List<String> failures = new ArrayList<>();
		int[] statuses = new int[6];
		for (int n = 0; n < REQUESTS; n++) {
			Request request = (n % 200 == 199) ? oversized(random)
					: kinds.get(random.nextInt(kinds.size())).apply(random);
			RawHttp.Answer answer = raw.send(request.method(), request.path(), request.contentType(), request.body());
			statuses[answer.status() / 100]++;
			boolean preflight = request.method().equals("OPTIONS") && answer.body().isEmpty();
			if (answer.status() >= 500 || !(preflight || answer.isGraphQlShaped())) {
				failures.add("#" + n + " " + request.method() + " " + request.path() + " " + request.contentType() + " "
						+ abbreviate(new String(request.body(), StandardCharsets.UTF_8)) + " -> " + answer.status()
						+ " " + answer.contentType() + " " + abbreviate(answer.body()));
			}
		}
		assertThat(failures).as("seed %d", SEED).isEmpty();
		assertThat(statuses[4]).as("refused at the edge").isGreaterThan(REQUESTS / 10);
		assertThat(statuses[2]).as("answered by the engine").isGreaterThan(REQUESTS / 10);

		long started = System.nanoTime();
		RawHttp.Answer after = raw.postJson("{\"query\":\"{ __typename }\"}");
		assertThat(after.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
		assertThat((System.nanoTime() - started) / 1_000_000).as("ms for { __typename } afterwards").isLessThan(1000);
	}

	private static Request truncated(Random random) {
		String document = pick(random, DOCUMENTS);
		String cut = document.substring(0, random.nextInt(document.length()));
		return json(body(cut, "{}"));
	}

	private static Request mutated(Random random) {
		StringBuilder document = new StringBuilder(pick(random, DOCUMENTS));
		int edits = 1 + random.nextInt(4);
		for (int i = 0; i < edits; i++) {
			int at = random.nextInt(document.length());
			switch (random.nextInt(3)) {
				case 0 -> document.deleteCharAt(at);
				case 1 -> document.insert(at, ODD[random.nextInt(ODD.length)]);
				default -> document.setCharAt(at, (char) (0x20 + random.nextInt(0x5f)));
			}
		}
		return json(body(document.toString(), variables(random)));
	}

	private static Request invalidJson(Random random) {
		byte[] bytes = body(pick(random, DOCUMENTS), variables(random)).getBytes(StandardCharsets.UTF_8);
		int edits = 1 + random.nextInt(3);
		for (int i = 0; i < edits; i++) {
			bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
		}
		String[] wholes = { "null", "[]", "1", "\"query\"", "true", "{", "}", "{\"query\":}", "{\"query\":null}",
				"{\"query\":\"{ __typename }\",\"query\":1}", "{\"variables\":{}}", "\u00ff\u00fe" };
		return random.nextBoolean() ? new Request("POST", "/graphql", "application/json", bytes) : new Request("POST",
				"/graphql", "application/json", wholes[random.nextInt(wholes.length)].getBytes(StandardCharsets.UTF_8));
	}

	private static Request wrongContentTypeOrMethod(Random random) {
		String method = METHODS[random.nextInt(METHODS.length)];
		String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
		byte[] body = method.equals("GET") || method.equals("OPTIONS") || method.equals("TRACE") ? new byte[0]
				: body(pick(random, DOCUMENTS), "{}").getBytes(StandardCharsets.UTF_8);
		return new Request(method, "/graphql", type, body);
	}

	private static Request deepNesting(Random random) {
		int depth = 25 + random.nextInt(2000);
		return switch (random.nextInt(3)) {
			case 0 -> json(body("{ " + "regions(first: 1) { edges { node { ".repeat(depth / 8) + "key"
					+ " } } }".repeat(depth / 8) + " }", "{}"));
			case 1 -> json(body("{ __typename }", "{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}"));
			default -> json(body("{ " + "a { ".repeat(depth) + "b" + " }".repeat(depth) + " }", "{}"));
		};
	}

	private static Request fanOut(Random random) {
		int n = 10 + random.nextInt(200);
		StringBuilder document = new StringBuilder();
		switch (random.nextInt(3)) {
			case 0 -> {
				document.append("{");
				for (int i = 0; i < n; i++) {
					document.append(" a").append(i).append(": caseStatistics { total }");
				}
				document.append(" }");
			}
			case 1 -> {
				// Each fragment spreads the next one twice: 2^n fields once expanded
				document.append("query { ...F0 } ");
				for (int i = 0; i < Math.min(n, 40); i++) {
					document.append("fragment F")
						.append(i)
						.append(" on Query { ...F")
						.append(i + 1)
						.append(" ...F")
						.append(i + 1)
						.append(" } ");
				}
				document.append("fragment F").append(Math.min(n, 40)).append(" on Query { __typename }");
			}
			default -> document.append("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
		}
		return json(body(document.toString(), "{}"));
	}

	private static Request wrongVariables(Random random) {
		String[] values = { "1", "true", "null", "[]", "{}", "\"\"", "\"" + "x".repeat(5000) + "\"", "1e308",
				"-99999999999999999999", "\"-999999999-01-01\"", "\"2026-02-30\"", "{\"a\":{\"b\":[1,2]}}",
				"\"" + ODD[random.nextInt(ODD.length)].replace("\\", "\\\\").replace("\"", "\\\"") + "\"" };
		String variables = "{\"id\":" + pick(random, values) + ",\"district\":" + pick(random, values) + ",\"from\":"
				+ pick(random, values) + ",\"to\":" + pick(random, values) + ",\"after\":" + pick(random, values) + "}";
		return json(body(pick(random, DOCUMENTS), variables));
	}

	private static Request oddGet(Random random) {
		String[] queries = { "", "?", "?query=", "?query=%7B", "?query=%7B__typename%7D&variables=%5B1%5D",
				"?query=%7B__typename%7D&variables=null", "?extensions=%7B%22persistedQuery%22%3A1%7D",
				"?extensions=%7B%22persistedQuery%22%3A%7B%22sha256Hash%22%3A%22zz%22%7D%7D",
				"?query=mutation%7BsignIn%7D", "?query=%00%ff", "?query=" + "%7B".repeat(2000), "?operationName=x",
				"?variables=%7B", "?query=%7B__typename%7D&extensions=" + "%5B".repeat(100) };
		return new Request("GET", "/graphql" + pick(random, queries), "", new byte[0]);
	}

	private static Request oversized(Random random) {
		if (random.nextBoolean()) {
			return json("{\"query\":\"{ __typename }\",\"variables\":{\"x\":\""
					+ "y".repeat(100 * 1024 + random.nextInt(1024 * 1024)) + "\"}}");
		}
		return json(
				"{\"query\":\"" + "{ __typename }".repeat(1 + (300 * 1024 + random.nextInt(1024 * 1024)) / 14) + "\"}");
	}

	private static String body(String document, String variables) {
		return "{\"query\":\"" + document.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
				+ "\",\"variables\":" + variables + "}";
	}

	private static String variables(Random random) {
		return "{\"id\":\"Q2FzZTp4\",\"district\":\"jm-pengjiang\",\"from\":\"2026-01-01\",\"to\":\"2026-04-01\"}";
	}

	private static Request json(String body) {
		return new Request("POST", "/graphql", "application/json", body.getBytes(StandardCharsets.UTF_8));
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

	private record Request(String method, String path, String contentType, byte[] body) {
	}

}
