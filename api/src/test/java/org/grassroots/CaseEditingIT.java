package org.grassroots;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.StaffFixture.CREATE;
import static org.grassroots.StaffFixture.HESHAN;
import static org.grassroots.StaffFixture.HESHAN_VILLAGE;
import static org.grassroots.StaffFixture.HETANG_STATION;
import static org.grassroots.StaffFixture.NANCUN;
import static org.grassroots.StaffFixture.PENGJIANG;
import static org.grassroots.StaffFixture.classifications;
import static org.grassroots.StaffFixture.ok;

/**
 * Stewards record and carry cases along their timeline through the API, against the real
 * graph: scope, versions, stage order, validation, idempotency and the audit trail.
 */
class CaseEditingIT extends StaffIntegrationTest {

	private static final String ADVANCE = """
			mutation($input: AdvanceCaseInput!) {
			  advanceCase(input: $input) { case { version status completedOn timeline { stage on note } } }
			}""";

	private static final String UPDATE = """
			mutation($input: UpdateCaseInput!) { updateCase(input: $input) { case { version title fundingYuan } } }""";

	String steward;

	@BeforeEach
	void stewards() {
		this.steward = this.staff.account("steward", "STEWARD", PENGJIANG);
	}

	@Test
	void aStewardRecordsACaseInAVillageOfTheirDistrictAndCarriesItToTheResidentsEvaluation() {
		HttpSyncGraphQlClient steward = this.staff.as(this.steward);
		Map<String, Object> input = new HashMap<>(Map.of("kind", "MICRO_PROJECT", "title", "南村村巷道路灯", "regionKey",
				NANCUN, "stationKey", HETANG_STATION, "raisedByKeys", List.of("rep-zhang-yuan"), "figures",
				Map.of("fundingYuan", 36000, "beneficiaries", 80, "quantity", 12, "quantityUnit", "盏路灯")));
		ClientGraphQlResponse created = ok(steward.document(CREATE).variable("input", input).executeSync());
		String id = created.field("createCase.case.id").toEntity(String.class);
		assertThat(created.field("createCase.case.place").toEntity(String.class)).isEqualTo("蓬江区荷塘镇南村村");
		assertThat(created.field("createCase.case.status").toEntity(String.class)).isEqualTo("RECEIVED");

		LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10);
		int version = 1;
		for (String stage : List.of("REPORTED", "COLLECTED", "ASSIGNED", "HANDLED", "FEEDBACK", "EVALUATED")) {
			ClientGraphQlResponse advanced = ok(steward.document(ADVANCE)
				.variable("input",
						Map.of("id", id, "version", version, "stage", stage, "on", day.toString(), "note",
								"记录 " + stage))
				.executeSync());
			version = advanced.field("advanceCase.case.version").toEntity(Integer.class);
			day = day.plusDays(1);
		}
		ClientGraphQlResponse evaluated = ok(steward
			.document(
					"""
							mutation($input: RecordEvaluationInput!) {
							  recordEvaluation(input: $input) { case { version status evaluation { satisfied note } timeline { stage note } } }
							}""")
			.variable("input", Map.of("id", id, "version", version, "satisfied", true, "note", "村民满意"))
			.executeSync());

		assertThat(evaluated.field("recordEvaluation.case.version").toEntity(Integer.class)).isEqualTo(8);
		assertThat(evaluated.field("recordEvaluation.case.status").toEntity(String.class)).isEqualTo("COMPLETED");
		assertThat(all(evaluated, "recordEvaluation.case.timeline.stage")).containsExactly("REPORTED", "COLLECTED",
				"ASSIGNED", "HANDLED", "FEEDBACK", "EVALUATED");
		assertThat(evaluated.field("recordEvaluation.case.evaluation.note").toEntity(String.class)).isEqualTo("村民满意");
		ClientGraphQlResponse trail = ok(steward.document("""
				query($key: String) { auditEvents(filter: {targetKey: $key}, first: 20) {
				  totalCount edges { node { actor action regionKey changes { field before after } } } } }""")
			.variable("key", key(id))
			.executeSync());
		assertThat(all(trail, "auditEvents.edges.node.action")).containsExactly("recordEvaluation", "advanceCase",
				"advanceCase", "advanceCase", "advanceCase", "advanceCase", "advanceCase", "createCase");
		assertThat(all(trail, "auditEvents.edges.node.actor")).containsOnly(this.steward);
		assertThat(all(trail, "auditEvents.edges.node.regionKey")).containsOnly(NANCUN);
	}

	@Test
	void aStaleVersionGetsAConflictWithTheCurrentVersionAndChangesNothing() {
		Map<String, Object> kase = this.staff.caseIn(NANCUN, "MICRO_PROJECT");
		HttpSyncGraphQlClient steward = this.staff.as(this.steward);
		ok(steward.document(UPDATE)
			.variable("input", Map.of("id", kase.get("id"), "version", 1, "title", "第一个标签页"))
			.executeSync());

		ClientGraphQlResponse stale = steward.document(UPDATE)
			.variable("input", Map.of("id", kase.get("id"), "version", 1, "title", "第二个标签页"))
			.executeSync();

		assertThat(classifications(stale)).containsExactly("CONFLICT");
		assertThat(stale.getErrors().get(0).getExtensions()).containsEntry("currentVersion", 2);
		assertThat(title(kase)).isEqualTo("第一个标签页");
	}

	@Test
	void stagesComeInOrderAndNeverBeforeThePreviousOne() {
		Map<String, Object> kase = this.staff.caseIn(NANCUN, "MICRO_PROJECT");
		HttpSyncGraphQlClient steward = this.staff.as(this.steward);
		ok(steward.document(ADVANCE)
			.variable("input", Map.of("id", kase.get("id"), "version", 1, "stage", "HANDLED", "on", "2026-05-10"))
			.executeSync());

		ClientGraphQlResponse backwards = steward.document(ADVANCE)
			.variable("input", Map.of("id", kase.get("id"), "version", 2, "stage", "COLLECTED", "on", "2026-05-11"))
			.executeSync();
		ClientGraphQlResponse again = steward.document(ADVANCE)
			.variable("input", Map.of("id", kase.get("id"), "version", 2, "stage", "HANDLED", "on", "2026-05-11"))
			.executeSync();
		ClientGraphQlResponse earlier = steward.document(ADVANCE)
			.variable("input", Map.of("id", kase.get("id"), "version", 2, "stage", "FEEDBACK", "on", "2026-05-09"))
			.executeSync();
		ClientGraphQlResponse future = steward.document(ADVANCE)
			.variable("input",
					Map.of("id", kase.get("id"), "version", 2, "stage", "FEEDBACK", "on",
							LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString()))
			.executeSync();

		assertThat(fields(backwards)).containsExactly("input.stage");
		assertThat(fields(again)).containsExactly("input.stage");
		assertThat(fields(earlier)).containsExactly("input.on");
		assertThat(fields(future)).containsExactly("input.on");
		assertThat(backwards.getErrors().get(0).getMessage()).contains("部门处置");
		assertThat(ok(this.staff.admin()
			.document("query($id: ID!) { node(id: $id) { ... on Case { version timeline { stage } } } }")
			.variable("id", kase.get("id"))
			.executeSync()).field("node.version").toEntity(Integer.class)).isEqualTo(2);
	}

	@Test
	void everyBrokenRuleOfAnInputIsReportedWithItsFieldAndNothingIsStored() {
		long before = caseCount();
		Map<String, Object> input = new HashMap<>();
		input.put("kind", "MICRO_PROJECT");
		input.put("title", " ");
		input.put("regionKey", NANCUN);
		input.put("summary", "x".repeat(501));
		input.put("stationKey", "no-such-station");
		input.put("raisedByKeys", List.of("rep-zhang-yuan", "no-such-deputy"));
		input.put("figures", Map.of("fundingYuan", -5, "quantity", 3));

		ClientGraphQlResponse refused = this.staff.as(this.steward)
			.document(CREATE)
			.variable("input", input)
			.executeSync();

		assertThat(fields(refused)).containsExactlyInAnyOrder("input.title", "input.summary",
				"input.figures.fundingYuan", "input.figures.quantityUnit");
		assertThat(classifications(refused)).containsOnly("BAD_REQUEST");
		input.put("title", "好标题");
		input.put("summary", "好摘要");
		input.put("figures", Map.of("fundingYuan", 5));
		ClientGraphQlResponse unknown = this.staff.as(this.steward)
			.document(CREATE)
			.variable("input", input)
			.executeSync();
		assertThat(fields(unknown)).containsExactlyInAnyOrder("input.stationKey", "input.raisedByKeys");
		assertThat(unknown.getErrors()).anyMatch((error) -> error.getMessage().contains("no-such-deputy"));
		assertThat(caseCount()).isEqualTo(before);
	}

	@Test
	void theSameIdempotencyKeyCreatesOnceAndAnswersTheSameCase() {
		long before = caseCount();
		Map<String, Object> input = Map.of("idempotencyKey", "retry-" + System.nanoTime(), "kind", "MICRO_PROJECT",
				"title", "重试的案例", "regionKey", NANCUN);
		HttpSyncGraphQlClient steward = this.staff.as(this.steward);

		String first = ok(steward.document(CREATE).variable("input", input).executeSync()).field("createCase.case.id")
			.toEntity(String.class);
		String second = ok(steward.document(CREATE).variable("input", input).executeSync()).field("createCase.case.id")
			.toEntity(String.class);
		Map<String, Object> changed = new HashMap<>(input);
		changed.put("title", "另一个案例");
		ClientGraphQlResponse reused = steward.document(CREATE).variable("input", changed).executeSync();

		assertThat(second).isEqualTo(first);
		assertThat(caseCount()).isEqualTo(before + 1);
		assertThat(fields(reused)).containsExactly("input.idempotencyKey");
	}

	@Test
	void aStewardIsRefusedOutsideTheirDistrictWithoutLearningWhetherTheCaseExists() {
		Map<String, Object> heshan = this.staff.caseIn(HESHAN_VILLAGE, "MICRO_PROJECT");
		HttpSyncGraphQlClient steward = this.staff.as(this.steward);

		ClientGraphQlResponse existing = steward.document(UPDATE)
			.variable("input", Map.of("id", heshan.get("id"), "version", 1, "title", "越权"))
			.executeSync();
		ClientGraphQlResponse missing = steward.document(UPDATE)
			.variable("input", Map.of("id", caseId("case-that-never-was"), "version", 1, "title", "越权"))
			.executeSync();
		ClientGraphQlResponse create = steward.document(CREATE)
			.variable("input", Map.of("kind", "MICRO_PROJECT", "title", "越权", "regionKey", HESHAN))
			.executeSync();

		assertThat(classifications(existing)).containsExactly("FORBIDDEN");
		assertThat(classifications(missing)).containsExactly("FORBIDDEN");
		assertThat(existing.getErrors().get(0).getMessage()).isEqualTo(missing.getErrors().get(0).getMessage());
		assertThat(classifications(create)).containsExactly("FORBIDDEN");
		assertThat(title(heshan)).isEqualTo(heshan.get("title"));
	}

	@Test
	void anonymousCallersReadACasesPublicFactsButNotWhatResidentsToldStaff() {
		Map<String, Object> kase = this.staff.caseIn(NANCUN, "MICRO_PROJECT");
		String other = this.staff.account("steward-heshan", "STEWARD", HESHAN);
		String document = "query($id: ID!) { node(id: $id) { ... on Case { title status summary narrative } } }";

		ClientGraphQlResponse anonymous = this.anonymous.document(document)
			.variable("id", kase.get("id"))
			.executeSync();
		ClientGraphQlResponse inScope = this.staff.as(this.steward)
			.document(document)
			.variable("id", kase.get("id"))
			.executeSync();
		ClientGraphQlResponse outOfScope = this.staff.as(other)
			.document(document)
			.variable("id", kase.get("id"))
			.executeSync();

		assertThat(anonymous.field("node.title").toEntity(String.class)).isEqualTo(kase.get("title"));
		assertThat((Object) anonymous.field("node.summary").getValue()).isNull();
		assertThat(classifications(anonymous)).containsExactly("FORBIDDEN", "FORBIDDEN");
		assertThat(anonymous.getErrors()).extracting((error) -> error.getPath())
			.containsExactlyInAnyOrder("node.summary", "node.narrative");
		ok(inScope);
		assertThat(inScope.field("node.summary").toEntity(String.class)).isEqualTo("居民反映的问题");
		assertThat(classifications(outOfScope)).containsExactly("FORBIDDEN", "FORBIDDEN");
	}

	@Test
	void aLoggedDutyVisitCountsForTheDeputysComplianceAtOnce() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String compliance = """
				query($from: Date!, $to: Date!) { dutyCompliance(representativeKey: "rep-he-caiyan", from: $from, to: $to) {
				  details { windowsWithVisit } } }""";
		LocalDate from = today.withDayOfMonth(1);
		int before = ok(this.anonymous.document(compliance)
			.variable("from", from.toString())
			.variable("to", from.plusMonths(1).toString())
			.executeSync()).field("dutyCompliance.details[0].windowsWithVisit").toEntity(Integer.class);

		ok(this.staff.as(this.steward)
			.document(
					"""
							mutation($input: LogDutyVisitInput!) { logDutyVisit(input: $input) { visit { key deputyKey on } } }""")
			.variable("input",
					Map.of("deputyKey", "rep-he-caiyan", "on", today.toString(), "kind", "STATION_RECEPTION",
							"stationKey", HETANG_STATION))
			.executeSync());
		int after = ok(this.anonymous.document(compliance)
			.variable("from", from.toString())
			.variable("to", from.plusMonths(1).toString())
			.executeSync()).field("dutyCompliance.details[0].windowsWithVisit").toEntity(Integer.class);

		assertThat(after).isEqualTo(1);
		assertThat(before).isLessThanOrEqualTo(after);
		ClientGraphQlResponse outOfScope = this.staff.as(this.steward)
			.document("""
					mutation($input: LogDutyVisitInput!) { logDutyVisit(input: $input) { visit { key } } }""")
			.variable("input",
					Map.of("deputyKey", "rep-he-caiyan", "on", today.toString(), "kind", "STATION_RECEPTION",
							"stationKey", "st-heshan-lvyin"))
			.executeSync();
		assertThat(classifications(outOfScope)).containsExactly("FORBIDDEN");
	}

	@Test
	void theEventsOfACommittedMutationAreDeliveredAfterTheCommitAndARefusedOneWritesNone() throws Exception {
		Map<String, Object> kase = this.staff.caseIn(NANCUN, "MICRO_PROJECT");
		String key = key((String) kase.get("id"));
		ClientGraphQlResponse refused = this.staff.admin()
			.document(ADVANCE)
			.variable("input", Map.of("id", kase.get("id"), "version", 7, "stage", "REPORTED", "on", "2026-03-01"))
			.executeSync();
		assertThat(classifications(refused)).containsExactly("CONFLICT");

		long deadline = System.nanoTime() + 10_000_000_000L;
		List<Map<String, Object>> events = outbox(key);
		while (events.stream().anyMatch((event) -> Boolean.TRUE.equals(event.get("pending")))
				&& System.nanoTime() < deadline) {
			Thread.sleep(100);
			events = outbox(key);
		}

		assertThat(events).extracting((event) -> event.get("type")).containsExactly("CaseRecorded");
		assertThat(events).allSatisfy((event) -> assertThat(event.get("pending")).isEqualTo(false));
		assertThat((String) events.get(0).get("payload")).contains("\"regionId\":\"" + NANCUN + "\"");
	}

	private List<Map<String, Object>> outbox(String key) {
		return List.copyOf(this.neo4j.query(
				"MATCH (o:OutboxEvent {targetKey: $key}) RETURN o.type AS type, o.pending AS pending, o.payload AS payload")
			.bind(key)
			.to("key")
			.fetch()
			.all());
	}

	@Test
	void anArchivedCaseLeavesTheListsAndIsFoundOnlyByStaffOfItsRegionsUntilRestored() {
		Map<String, Object> kase = this.staff.caseIn(NANCUN, "MICRO_PROJECT");
		String key = key((String) kase.get("id"));
		String archived = "{ archivedCases(first: 100) { totalCount edges { node { key archived } } } }";
		String other = this.staff.account("archive-heshan", "STEWARD", HESHAN);
		ok(this.staff.as(this.steward)
			.document("""
					mutation($id: ID!) { archiveCase(input: {id: $id, version: 1}) { case { archived version } } }""")
			.variable("id", kase.get("id"))
			.executeSync());

		ClientGraphQlResponse mine = ok(this.staff.as(this.steward).document(archived).executeSync());
		ClientGraphQlResponse theirs = ok(this.staff.as(other).document(archived).executeSync());
		ClientGraphQlResponse anonymous = this.anonymous.document(archived).executeSync();
		ClientGraphQlResponse listed = ok(this.anonymous.document(
				"""
						query($region: String) { cases(first: 100, filter: {regionKey: $region}) { edges { node { key } } } }""")
			.variable("region", NANCUN)
			.executeSync());
		ok(this.staff.as(this.steward)
			.document("""
					mutation($id: ID!) { restoreCase(input: {id: $id, version: 2}) { case { archived version } } }""")
			.variable("id", kase.get("id"))
			.executeSync());

		assertThat(all(mine, "archivedCases.edges.node.key")).contains(key);
		assertThat(all(mine, "archivedCases.edges.node.archived")).containsOnly(true);
		assertThat(all(theirs, "archivedCases.edges.node.key")).doesNotContain(key);
		assertThat(classifications(anonymous)).containsExactly("UNAUTHORIZED");
		assertThat(all(listed, "cases.edges.node.key")).doesNotContain(key);
		assertThat(title(kase)).isEqualTo(kase.get("title"));
	}

	private String title(Map<String, Object> kase) {
		return ok(this.staff.admin()
			.document("query($id: ID!) { node(id: $id) { ... on Case { title } } }")
			.variable("id", kase.get("id"))
			.executeSync()).field("node.title").toEntity(String.class);
	}

	private long caseCount() {
		return ok(this.anonymous.document("{ cases { totalCount } }").executeSync()).field("cases.totalCount")
			.toEntity(Long.class);
	}

	static List<Object> fields(ClientGraphQlResponse response) {
		return response.getErrors().stream().map((error) -> error.getExtensions().get("field")).toList();
	}

	private static String key(String id) {
		String decoded = new String(java.util.Base64.getUrlDecoder().decode(id),
				java.nio.charset.StandardCharsets.UTF_8);
		return decoded.substring(decoded.indexOf(':') + 1);
	}

	private static String caseId(String key) {
		return java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("Case:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
