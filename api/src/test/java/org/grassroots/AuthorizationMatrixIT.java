package org.grassroots;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.StaffFixture.HESHAN;
import static org.grassroots.StaffFixture.HETANG_STATION;
import static org.grassroots.StaffFixture.NANCUN;
import static org.grassroots.StaffFixture.PENGJIANG;
import static org.grassroots.StaffFixture.classifications;
import static org.grassroots.StaffFixture.ok;

/**
 * Every mutation against every kind of caller, from one table: who may, who is
 * {@code FORBIDDEN}, who is {@code UNAUTHORIZED}; and for every refusal, the graph is
 * exactly as it was (node and relationship counts, and a checksum of every record a
 * mutation could touch).
 */
class AuthorizationMatrixIT extends StaffIntegrationTest {

	enum Caller {

		ANONYMOUS, VIEWER, STEWARD_IN_SCOPE, STEWARD_OUT_OF_SCOPE, EDITOR, PUBLISHER, ADMIN

	}

	enum Expected {

		ALLOWED, FORBIDDEN, UNAUTHORIZED

	}

	/** Steward mutations: stewards in scope and administrators. */
	private static final Map<Caller, Expected> STEWARDS = Map.of(Caller.ANONYMOUS, Expected.UNAUTHORIZED, Caller.VIEWER,
			Expected.FORBIDDEN, Caller.STEWARD_IN_SCOPE, Expected.ALLOWED, Caller.STEWARD_OUT_OF_SCOPE,
			Expected.FORBIDDEN, Caller.EDITOR, Expected.FORBIDDEN, Caller.PUBLISHER, Expected.FORBIDDEN, Caller.ADMIN,
			Expected.ALLOWED);

	/** Account administration: administrators only. */
	private static final Map<Caller, Expected> ADMINS = Map.of(Caller.ANONYMOUS, Expected.UNAUTHORIZED, Caller.VIEWER,
			Expected.FORBIDDEN, Caller.STEWARD_IN_SCOPE, Expected.FORBIDDEN, Caller.STEWARD_OUT_OF_SCOPE,
			Expected.FORBIDDEN, Caller.EDITOR, Expected.FORBIDDEN, Caller.PUBLISHER, Expected.FORBIDDEN, Caller.ADMIN,
			Expected.ALLOWED);

	/** Anyone signed in. */
	private static final Map<Caller, Expected> SIGNED_IN = Map.of(Caller.ANONYMOUS, Expected.UNAUTHORIZED,
			Caller.VIEWER, Expected.ALLOWED, Caller.STEWARD_IN_SCOPE, Expected.ALLOWED, Caller.STEWARD_OUT_OF_SCOPE,
			Expected.ALLOWED, Caller.EDITOR, Expected.ALLOWED, Caller.PUBLISHER, Expected.ALLOWED, Caller.ADMIN,
			Expected.ALLOWED);

	/**
	 * The city congress's livelihood projects: a district's steward does not reach them,
	 * only a steward of the city (here: administrators).
	 */
	private static final Map<Caller, Expected> CITY = Map.of(Caller.ANONYMOUS, Expected.UNAUTHORIZED, Caller.VIEWER,
			Expected.FORBIDDEN, Caller.STEWARD_IN_SCOPE, Expected.FORBIDDEN, Caller.STEWARD_OUT_OF_SCOPE,
			Expected.FORBIDDEN, Caller.EDITOR, Expected.FORBIDDEN, Caller.PUBLISHER, Expected.FORBIDDEN, Caller.ADMIN,
			Expected.ALLOWED);

	/**
	 * The table: each mutation, who may do it, and a request valid for a fresh target.
	 */
	private static final List<Row> TABLE = List.of(
			new Row("createCase", STEWARDS,
					(fixture, caller) -> mutation("createCase", "CreateCaseInput",
							Map.of("kind", "MICRO_PROJECT", "title", "矩阵案例", "regionKey", NANCUN))),
			new Row("updateCase", STEWARDS, (fixture, caller) -> {
				Map<String, Object> kase = fixture.caseIn(NANCUN, "MICRO_PROJECT");
				return mutation("updateCase", "UpdateCaseInput",
						Map.of("id", kase.get("id"), "version", 1, "title", "改过的标题"));
			}), new Row("advanceCase", STEWARDS, (fixture, caller) -> {
				Map<String, Object> kase = fixture.caseIn(NANCUN, "MICRO_PROJECT");
				return mutation("advanceCase", "AdvanceCaseInput",
						Map.of("id", kase.get("id"), "version", 1, "stage", "REPORTED", "on", "2026-01-05"));
			}), new Row("recordEvaluation", STEWARDS, (fixture, caller) -> {
				Map<String, Object> kase = fixture.caseIn(NANCUN, "MICRO_PROJECT");
				ok(fixture.admin()
					.document(
							"""
									mutation($id: ID!) { advanceCase(input: {id: $id, version: 1, stage: FEEDBACK, on: "2026-02-01"}) {
									  case { version } } }""")
					.variable("id", kase.get("id"))
					.executeSync());
				return mutation("recordEvaluation", "RecordEvaluationInput",
						Map.of("id", kase.get("id"), "version", 2, "satisfied", true));
			}), new Row("recordOpinionOutcome", STEWARDS, (fixture, caller) -> {
				Map<String, Object> kase = fixture.caseIn(NANCUN, "DEPUTY_SUGGESTION");
				return mutation("recordOpinionOutcome", "RecordOpinionOutcomeInput",
						Map.of("id", kase.get("id"), "version", 1, "outcome", "ADOPTED"));
			}), new Row("archiveCase", STEWARDS, (fixture, caller) -> {
				Map<String, Object> kase = fixture.caseIn(NANCUN, "MICRO_PROJECT");
				return mutation("archiveCase", "ArchiveCaseInput", Map.of("id", kase.get("id"), "version", 1));
			}), new Row("restoreCase", STEWARDS, (fixture, caller) -> {
				Map<String, Object> kase = fixture.caseIn(NANCUN, "MICRO_PROJECT");
				ok(fixture.admin()
					.document("""
							mutation($id: ID!) { archiveCase(input: {id: $id, version: 1}) { case { version } } }""")
					.variable("id", kase.get("id"))
					.executeSync());
				return mutation("restoreCase", "ArchiveCaseInput", Map.of("id", kase.get("id"), "version", 2));
			}),
			new Row("logDutyVisit", STEWARDS, (fixture, caller) -> mutation("logDutyVisit", "LogDutyVisitInput",
					Map.of("deputyKey", "rep-zhang-yuan", "on", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
							"kind", "STATION_RECEPTION", "stationKey", HETANG_STATION))),
			new Row("createStation", STEWARDS,
					(fixture, caller) -> mutation("createStation", "CreateStationInput",
							Map.of("name", "矩阵联络站", "kind", "VILLAGE", "regionKey", NANCUN))),
			new Row("updateStation", STEWARDS, (fixture, caller) -> {
				String station = fixture.station(NANCUN);
				return mutation("updateStation", "UpdateStationInput",
						Map.of("id", station, "version", 1, "name", "改过的站名"));
			}),
			new Row("recordLivelihoodCandidate", CITY,
					(fixture, caller) -> mutation("recordLivelihoodCandidate", "RecordLivelihoodCandidateInput",
							Map.of("year", 2026, "field", "EDUCATION", "title", "矩阵候选项目", "regionKey", "jm"))),
			new Row("recordLivelihoodVote", CITY, (fixture, caller) -> {
				String project = fixture.candidate(2026);
				return mutation("recordLivelihoodVote", "RecordLivelihoodVoteInput", Map.of("id", project, "version", 1,
						"inFavour", 300, "against", 5, "abstained", 2, "chosen", false));
			}),
			new Row("createAccount", ADMINS, (fixture,
					caller) -> mutation("createAccount", "CreateAccountInput", Map.of("username",
							"matrix-new-" + System.nanoTime() % 1_000_000_000, "password", StaffFixture.PASSWORD))),
			new Row("grantRole", ADMINS, (fixture, caller) -> {
				String target = fixture.account("matrix-target", "VIEWER");
				return mutation("grantRole", "RoleGrantInput",
						Map.of("username", target, "role", "STEWARD", "regionKey", PENGJIANG));
			}), new Row("revokeRole", ADMINS, (fixture, caller) -> {
				String target = fixture.account("matrix-target", "VIEWER", PENGJIANG);
				return mutation("revokeRole", "RoleGrantInput",
						Map.of("username", target, "role", "VIEWER", "regionKey", PENGJIANG));
			}), new Row("disableAccount", ADMINS, (fixture, caller) -> {
				String target = fixture.account("matrix-target", "VIEWER");
				return mutation("disableAccount", "AccountInput", Map.of("username", target));
			}), new Row("enableAccount", ADMINS, (fixture, caller) -> {
				String target = fixture.account("matrix-target", "VIEWER");
				ok(fixture.admin()
					.document("""
							mutation($u: String!) { disableAccount(input: {username: $u}) { account { disabled } } }""")
					.variable("u", target)
					.executeSync());
				return mutation("enableAccount", "AccountInput", Map.of("username", target));
			}), new Row("resetPassword", ADMINS, (fixture, caller) -> {
				String target = fixture.account("matrix-target", "VIEWER");
				return mutation("resetPassword", "ResetPasswordInput",
						Map.of("username", target, "password", "another-long-passphrase-8"));
			}),
			new Row("changePassword", SIGNED_IN,
					(fixture, caller) -> mutation("changePassword", "ChangePasswordInput", Map.of("currentPassword",
							(caller == Caller.ADMIN) ? "correct-horse-battery" : StaffFixture.PASSWORD, "newPassword",
							(caller == Caller.ADMIN) ? "correct-horse-battery" : StaffFixture.PASSWORD))));

	static Stream<Arguments> matrix() {
		List<Arguments> rows = new ArrayList<>();
		for (Row row : TABLE) {
			for (Caller caller : Caller.values()) {
				rows.add(Arguments.of(row.mutation(), caller, row.expected().get(caller)));
			}
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0} by {1} is {2}")
	@MethodSource("matrix")
	void eachMutationIsAllowedOnlyToTheCallersTheTableNames(String mutation, Caller caller, Expected expected) {
		Row row = TABLE.stream().filter((candidate) -> candidate.mutation().equals(mutation)).findFirst().orElseThrow();
		HttpSyncGraphQlClient client = client(caller);
		Request request = row.request().apply(this.staff, caller);
		String before = checksum();

		ClientGraphQlResponse response = client.document(request.document())
			.variable("input", request.input())
			.executeSync();

		switch (expected) {
			case ALLOWED -> ok(response);
			case FORBIDDEN, UNAUTHORIZED -> {
				assertThat(classifications(response)).containsExactly(expected.name());
				assertThat(response.getErrors().get(0).getPath()).isEqualTo(mutation);
				assertThat(checksum()).as("the graph after a refused %s", mutation).isEqualTo(before);
			}
		}
	}

	private HttpSyncGraphQlClient client(Caller caller) {
		return switch (caller) {
			case ANONYMOUS -> this.anonymous;
			case ADMIN -> this.staff.admin();
			case VIEWER -> this.staff.as(this.staff.account("matrix-viewer", "VIEWER", PENGJIANG));
			case STEWARD_IN_SCOPE -> this.staff.as(this.staff.account("matrix-steward", "STEWARD", PENGJIANG));
			case STEWARD_OUT_OF_SCOPE -> this.staff.as(this.staff.account("matrix-heshan", "STEWARD", HESHAN));
			case EDITOR -> this.staff.as(this.staff.account("matrix-editor", "EDITOR", PENGJIANG));
			case PUBLISHER -> this.staff.as(this.staff.account("matrix-publisher", "PUBLISHER", PENGJIANG));
		};
	}

	/**
	 * Counts of nodes and relationships, and a digest of every record a mutation writes.
	 */
	private String checksum() {
		String rows = String.join("\n",
				this.neo4j.query("""
						CALL () { MATCH (n) RETURN count(n) AS nodes }
						CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
						CALL () {
						  MATCH (n) WHERE n:Case OR n:ArchivedCase OR n:StaffAccount OR n:DutyVisit OR n:Stage
						     OR n:AuditEvent OR n:OutboxEvent OR n:IdempotencyKey
						  WITH n ORDER BY labels(n)[0], n.id, n.username, n.caseId, n.seq, n.key
						  // The relay marks events delivered on its own time: their delivery is not the mutation's
						RETURN collect([labels(n), CASE WHEN n:OutboxEvent THEN [n.id, n.type, n.payload]
						                                ELSE properties(n) END]) AS records
						}
						RETURN nodes, relationships, records""")
					.fetch()
					.one()
					.map((row) -> List.of(String.valueOf(row.get("nodes")), String.valueOf(row.get("relationships")),
							String.valueOf(row.get("records"))))
					.orElseThrow());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(rows.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Request mutation(String name, String inputType, Map<String, Object> input) {
		String selection = switch (name) {
			case "logDutyVisit" -> "visit { key }";
			case "recordLivelihoodCandidate", "recordLivelihoodVote" -> "project { id version }";
			case "createStation", "updateStation" -> "station { id version }";
			case "createAccount", "grantRole", "revokeRole", "disableAccount", "enableAccount", "resetPassword",
					"changePassword" ->
				"account { username }";
			default -> "case { id version }";
		};
		return new Request("mutation($input: %s!) { %s(input: $input) { %s } }".formatted(inputType, name, selection),
				input);
	}

	record Request(String document, Map<String, Object> input) {
	}

	record Row(String mutation, Map<Caller, Expected> expected, BiFunction<StaffFixture, Caller, Request> request) {
	}

}
