package org.grassroots;

import java.util.List;
import java.util.Map;

import org.grassroots.api.paging.GlobalId;
import org.grassroots.graph.article.ArticleStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton over HTTP against the real Neo4j and Elasticsearch: sign in, page
 * through cases, publish, search.
 */
class GrassrootsApplicationIT extends ApiIntegrationTest {

	private static final String LIGHTS = "pengjiang-nancun-solar-street-lights";

	@Autowired
	ArticleStore articles;

	@Test
	void casesArePagedWithOpaqueCursorsUntilTheLastPage() {
		String document = """
				query($after: String) { cases(first: 3, after: $after) {
				  totalCount edges { cursor node { id key title kind place } }
				  pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""";
		ClientGraphQlResponse first = this.anonymous.document(document).executeSync();
		long total = first.field("cases.totalCount").toEntity(Long.class);
		List<String> ids = caseIds(first);
		assertThat(first.field("cases.pageInfo.hasPreviousPage").toEntity(Boolean.class)).isFalse();
		assertThat(first.field("cases.edges[0].cursor").toEntity(String.class)).doesNotContain(ids.getFirst());

		ClientGraphQlResponse next = this.anonymous.document(document)
			.variable("after", first.field("cases.pageInfo.endCursor").toEntity(String.class))
			.executeSync();

		List<String> nextIds = caseIds(next);
		assertThat(total).isGreaterThanOrEqualTo(4);
		assertThat(next.field("cases.pageInfo.hasPreviousPage").toEntity(Boolean.class)).isTrue();
		assertThat(nextIds).doesNotContainAnyElementsOf(ids).isNotEmpty();
		assertThat(ids.getLast()).isLessThan(nextIds.getFirst());
	}

	@Test
	void aFilteredCaseListCountsOnlyWhatMatches() {
		ClientGraphQlResponse response = this.anonymous.document("""
				{ cases(first: 10, filter: {kinds: [MICRO_PROJECT], statuses: [COMPLETED], regionKey: "jm-xinhui",
				                             raisedFrom: "2000-01-01", titleContains: "护栏"}) {
				    totalCount edges { node { key } } } }""").executeSync();

		assertThat(response.field("cases.totalCount").toEntity(Long.class)).isZero();
		ClientGraphQlResponse luokeng = this.anonymous.document("""
				{ cases(first: 10, filter: {regionKey: "jm-xinhui-luokeng", titleContains: "护栏"}) {
				    totalCount edges { node { key } } } }""").executeSync();
		assertThat(luokeng.field("cases.totalCount").toEntity(Long.class)).isEqualTo(2);
		assertThat(caseIds(luokeng)).containsExactly("xinhui-luokeng-xiqili-fishpond-railing",
				"xinhui-luokeng-yuelong-steel-railing");
	}

	@Test
	void aDashboardGetsTotalsAndGroupsInOneRequest() {
		ClientGraphQlResponse response = this.anonymous.document("""
				{ caseStatistics(filter: {kinds: [MICRO_PROJECT]}) {
				    total fundingYuan beneficiaries byStatus { key count } byDistrict { key label count } } }""")
			.executeSync();

		assertThat(response.field("caseStatistics.total").toEntity(Long.class)).isEqualTo(5);
		assertThat(response.field("caseStatistics.fundingYuan").toEntity(Double.class)).isEqualTo(180_000.0);
		assertThat(response.field("caseStatistics.beneficiaries").toEntity(Long.class)).isEqualTo(120);
		assertThat(response.field("caseStatistics.byDistrict[0].label").toEntity(String.class)).isEqualTo("江海区");
		assertThat(response.field("caseStatistics.byDistrict[2].count").toEntity(Long.class)).isEqualTo(3);
	}

	@Test
	void dutyComplianceIsReportedPerStationWithTheWindowsEachDeputyMissed() {
		ClientGraphQlResponse response = this.anonymous.document(
				"""
						{ dutyCompliance(stationKey: "st-pengjiang-hetang-center", from: "2026-01-01", to: "2026-07-01") {
						    deputies compliant rate details { name intervalMonths windows compliant missed { start end } } } }""")
			.executeSync();

		// the demo data logs no visits: every window is missed
		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("dutyCompliance.deputies").toEntity(Integer.class)).isEqualTo(3);
		assertThat(response.field("dutyCompliance.compliant").toEntity(Integer.class)).isZero();
		assertThat(response.field("dutyCompliance.details[0].intervalMonths").toEntity(Integer.class)).isEqualTo(1);
		assertThat(response.field("dutyCompliance.details[0].missed[0].start").toEntity(String.class))
			.isEqualTo("2026-01-01");
		assertThat(errorOf("""
				{ dutyCompliance(stationKey: "a", regionKey: "b", from: "2026-01-01", to: "2026-07-01") { rate } }""")
			.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
	}

	@Test
	void datesTheWrongWayRoundAndMalformedDatesAreRejected() {
		assertThat(errorOf("""
				{ cases(filter: {raisedFrom: "2026-02-01", raisedTo: "2026-01-01"}) { totalCount } }""").getErrorType())
			.isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(errorOf("{ cases(filter: {raisedFrom: \"yesterday\"}) { totalCount } }").getMessage())
			.contains("ISO-8601");
	}

	@Test
	void theLastPageAndThePageBeforeItMeetTheFirstPages() {
		String forwards = "{ cases(first: 100) { edges { node { key } } } }";
		String backwards = """
				query($before: String) { cases(last: 3, before: $before) {
				  edges { node { key } } pageInfo { hasPreviousPage hasNextPage startCursor } } }""";
		List<String> all = caseIds(this.anonymous.document(forwards).executeSync());

		ClientGraphQlResponse last = this.anonymous.document(backwards).executeSync();
		ClientGraphQlResponse before = this.anonymous.document(backwards)
			.variable("before", last.field("cases.pageInfo.startCursor").toEntity(String.class))
			.executeSync();

		assertThat(caseIds(last)).isEqualTo(all.subList(all.size() - 3, all.size()));
		assertThat(last.field("cases.pageInfo.hasPreviousPage").toEntity(Boolean.class)).isTrue();
		assertThat(last.field("cases.pageInfo.hasNextPage").toEntity(Boolean.class)).isFalse();
		assertThat(caseIds(before)).isEqualTo(all.subList(all.size() - 6, all.size() - 3));
		assertThat(before.field("cases.pageInfo.hasNextPage").toEntity(Boolean.class)).isTrue();
		assertThat(errorOf("{ cases(first: 2, last: 2) { totalCount } }").getErrorType())
			.isEqualTo(ErrorType.BAD_REQUEST);
	}

	@Test
	void anonymousCallersCannotPublishAndNothingIsStored() {
		ClientGraphQlResponse response = this.anonymous.document(publish("jianghai-wenyuan-drainage-renovation"))
			.executeSync();

		assertThat(response.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED);
			assertThat(error.getPath()).isEqualTo("publishCase");
		});
		assertThat(this.articles.findByCaseId("jianghai-wenyuan-drainage-renovation")).isEmpty();
	}

	@Test
	void staffPublishACaseAndVisitorsFindItByAWordOnlyInItsNarrative() {
		HttpSyncGraphQlClient staff = signedIn();

		ClientGraphQlResponse published = staff.document(publish(LIGHTS)).executeSync();
		assertThat(published.getErrors()).isEmpty();
		assertThat(published.field("publishCase.article.slug").toEntity(String.class)).isEqualTo(LIGHTS);
		assertThat(published.field("publishCase.article.title").toEntity(String.class)).doesNotContain("高速公路");

		ClientGraphQlResponse found = searchUntil("""
				{ searchArticles(query: "高速公路", first: 5) {
				    totalCount hits { article { slug bodyHtml } highlights { field fragments } } } }""",
				(response) -> !all(response, "searchArticles.hits").isEmpty());

		assertThat(found.field("searchArticles.hits[0].article.slug").toEntity(String.class)).isEqualTo(LIGHTS);
		assertThat(found.field("searchArticles.hits[0].article.bodyHtml").toEntity(String.class)).startsWith("<p>");
		assertThat(found.field("searchArticles.hits[0].highlights[0].field").toEntity(String.class)).isEqualTo("body");
		assertThat(found.field("searchArticles.hits[0].highlights[0].fragments[0]").toEntity(String.class))
			.contains("<mark>高速公路</mark>");
	}

	@Test
	void aWrongPasswordIsUnauthorizedWithoutSayingWhichPartWasWrong() {
		ResponseError wrongPassword = signInError("editor", "wrong");
		ResponseError unknownUser = signInError("nobody", "correct-horse-battery");

		assertThat(wrongPassword.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED);
		assertThat(wrongPassword.getMessage()).isEqualTo(unknownUser.getMessage());
	}

	@Test
	void aPageSizeOutOfRangeIsABadRequestOnTheField() {
		assertThat(errorOf("{ cases(first: 0) { totalCount } }")).satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getPath()).isEqualTo("cases");
			assertThat(error.getMessage()).contains("between 1 and 100");
		});
		assertThat(errorOf("{ searchArticles(query: \"路灯\", first: 101) { totalCount } }").getErrorType())
			.isEqualTo(ErrorType.BAD_REQUEST);
	}

	@Test
	void aForeignCursorIsABadRequest() {
		assertThat(errorOf("{ cases(first: 2, after: \"not-a-cursor\") { totalCount } }").getMessage())
			.contains("Not a valid cursor");
	}

	@Test
	void publishingAnUnknownCaseIsNotFound() {
		ClientGraphQlResponse response = signedIn().document(publish("no-such-case")).executeSync();

		assertThat(response.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND));
	}

	@Test
	void anyCaseOrArticleIsFetchedByItsGlobalIdWithItsTimelineAndCase() {
		signedIn().document(publish(LIGHTS)).executeSync();
		String articleId = GlobalId.of("Article", "article-" + LIGHTS);

		ClientGraphQlResponse response = this.anonymous.document("""
				query($ids: [ID!]!) { nodes(ids: $ids) {
				  id
				  ... on Case { key status fundingYuan raisedOn timeline { stage on } }
				  ... on Article { slug case { key beneficiaries } } } }""")
			.variable("ids",
					List.of(GlobalId.of("Case", "jianghai-wenyuan-drainage-renovation"), articleId,
							GlobalId.of("Case", "no-such-case"), "garbage"))
			.executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("nodes[0].key").toEntity(String.class))
			.isEqualTo("jianghai-wenyuan-drainage-renovation");
		assertThat(response.field("nodes[0].fundingYuan").toEntity(Double.class)).isEqualTo(180_000.0);
		assertThat(response.field("nodes[0].raisedOn").toEntity(String.class)).isEqualTo("2023-03-22");
		assertThat(response.field("nodes[0].timeline[0].stage").toEntity(String.class)).isEqualTo("REPORTED");
		assertThat(response.field("nodes[1].id").toEntity(String.class)).isEqualTo(articleId);
		assertThat(response.field("nodes[1].case.beneficiaries").toEntity(Integer.class)).isEqualTo(120);
		assertThat((Object) response.field("nodes[2]").getValue()).isNull();
		assertThat((Object) response.field("nodes[3]").getValue()).isNull();
	}

	@Test
	void regionsAreListedByLevelBelowARegionAndCasesKnowTheirVillage() {
		ClientGraphQlResponse towns = this.anonymous.document("""
				{ regions(first: 10, filter: {level: TOWN, withinKey: "jm-jianghai"}) {
				    totalCount edges { node { name kind parent { name code } } } } }""").executeSync();
		ClientGraphQlResponse lights = this.anonymous.document(
				"""
						query($id: ID!) { node(id: $id) { ... on Case { region { name level parent { name parent { name } } } } } }""")
			.variable("id", GlobalId.of("Case", LIGHTS))
			.executeSync();

		assertThat(towns.field("regions.totalCount").toEntity(Long.class)).isEqualTo(3);
		assertThat(towns.field("regions.edges[0].node.parent.code").toEntity(String.class)).isEqualTo("440704");
		assertThat(lights.field("node.region.name").toEntity(String.class)).isEqualTo("南村村");
		assertThat(lights.field("node.region.level").toEntity(String.class)).isEqualTo("VILLAGE");
		assertThat(lights.field("node.region.parent.parent.name").toEntity(String.class)).isEqualTo("蓬江区");
	}

	@Test
	void aCaseLeadsToItsStationAndDeputiesAndBack() {
		ClientGraphQlResponse response = this.anonymous.document("""
				query($id: ID!) { node(id: $id) { ... on Case {
				  station { name kind representatives { totalCount edges { node { name } } } }
				  raisedBy { name levels stations { key } } } } }""")
			.variable("id", GlobalId.of("Case", LIGHTS))
			.executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("node.station.kind").toEntity(String.class)).isEqualTo("CENTER");
		assertThat(response.field("node.station.representatives.edges").toEntityList(Object.class)).hasSize(3);
		assertThat(response.field("node.station.representatives.totalCount").toEntity(Long.class)).isEqualTo(3);
		assertThat(response.field("node.raisedBy").toEntityList(Object.class)).hasSize(3);
		assertThat(response.field("node.raisedBy[0].stations[0].key").toEntity(String.class))
			.isEqualTo("st-pengjiang-hetang-center");
	}

	@Test
	void stationsAndDeputiesAreListedWithFiltersAndCounts() {
		ClientGraphQlResponse response = this.anonymous.document("""
				{ stations(first: 2, filter: {withinKey: "jm-jianghai"}) {
				    totalCount pageInfo { hasNextPage } edges { node { key kind } } }
				  representatives(filter: {level: TOWNSHIP, withinKey: "jm-pengjiang"}) {
				    totalCount edges { node { name stations { name } } } } }""").executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("stations.totalCount").toEntity(Long.class)).isEqualTo(4);
		assertThat(response.field("stations.pageInfo.hasNextPage").toEntity(Boolean.class)).isTrue();
		assertThat(response.field("representatives.totalCount").toEntity(Long.class)).isEqualTo(2);
		assertThat(response.field("representatives.edges[0].node.stations[0].name").toEntity(String.class))
			.isEqualTo("荷塘镇人大代表中心联络站");
		ClientGraphQlResponse jianghai = this.anonymous.document("""
				query($id: ID!) { node(id: $id) { ... on Station {
				  consultationRecord { tasks opinionsSubmitted opinionsAdopted adoptionRate } } } }""")
			.variable("id", GlobalId.of("Station", "st-jianghai-legislative"))
			.executeSync();
		assertThat(jianghai.field("node.consultationRecord.opinionsAdopted").toEntity(Integer.class)).isEqualTo(611);
		assertThat(jianghai.field("node.consultationRecord.adoptionRate").toEntity(Double.class)).isBetween(0.105,
				0.106);
	}

	@Test
	void aDeputysContactIsStaffOnly() {
		String deputy = GlobalId.of("Representative", "rep-zhang-yuan");
		String document = "query($id: ID!) { node(id: $id) { ... on Representative { name contact } } }";

		ClientGraphQlResponse anonymous = this.anonymous.document(document).variable("id", deputy).executeSync();
		ClientGraphQlResponse staff = signedIn().document(document).variable("id", deputy).executeSync();

		assertThat(anonymous.field("node.name").toEntity(String.class)).isEqualTo("张苑");
		assertThat((Object) anonymous.field("node.contact").getValue()).isNull();
		assertThat(anonymous.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
			assertThat(error.getPath()).isEqualTo("node.contact");
		});
		assertThat(staff.getErrors()).isEmpty();
	}

	@Test
	void publishingSomethingThatIsNotACaseIsABadRequest() {
		ClientGraphQlResponse response = signedIn()
			.document("""
					mutation { publishCase(input: {caseId: "%s"}) { article { id } } }"""
				.formatted(GlobalId.of("Article", "x")))
			.executeSync();

		assertThat(response.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST));
	}

	@Test
	void graphiqlIsServedByTheApplicationItself() {
		ResponseEntity<String> page = this.http.get().uri("/graphiql/index.html").retrieve().toEntity(String.class);

		assertThat(page.getBody()).contains("../webjars/graphiql/graphiql.min.js").doesNotContain("https://");
		for (String asset : List.of("/webjars/graphiql/graphiql.min.js", "/webjars/graphiql/graphiql.min.css",
				"/webjars/react/umd/react.production.min.js", "/webjars/react-dom/umd/react-dom.production.min.js",
				"/graphiql/graphiql.js")) {
			assertThat(this.http.get().uri(asset).retrieve().toBodilessEntity().getStatusCode()).as(asset)
				.isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void healthReportsNeo4jAndElasticsearch() {
		Map<String, Object> health = this.http.get().uri("/actuator/health").retrieve().body(Map.class);

		Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.get("components");
		assertThat(components.get("neo4j")).containsEntry("status", "UP");
		assertThat(components.get("elasticsearch")).containsEntry("status", "UP");
	}

	private static List<String> caseIds(ClientGraphQlResponse response) {
		return response.field("cases.edges")
			.toEntityList(Edge.class)
			.stream()
			.map((edge) -> edge.node().key())
			.toList();
	}

	record Edge(Node node, String cursor) {

		record Node(String key) {
		}

	}

	private ResponseError signInError(String username, String password) {
		ClientGraphQlResponse response = this.anonymous
			.document("mutation($u: String!, $p: String!) { signIn(input: {username: $u, password: $p}) { token } }")
			.variable("u", username)
			.variable("p", password)
			.executeSync();
		return response.getErrors().getFirst();
	}

	private ResponseError errorOf(String document) {
		return this.anonymous.document(document).executeSync().getErrors().getFirst();
	}

	private static String publish(String caseKey) {
		return "mutation { publishCase(input: {caseId: \"" + GlobalId.of("Case", caseKey)
				+ "\"}) { article { id slug title } } }";
	}

}
