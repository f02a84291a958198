package org.grassroots;

import java.util.List;

import org.grassroots.api.paging.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists as a frontend pages them: ordered, filtered, nested, over HTTP against the real
 * stores.
 */
class ListsIT extends ApiIntegrationTest {

	private static final String LATEST_CASES = """
			query($first: Int, $after: String) {
			  cases(first: $first, after: $after, orderBy: {field: RAISED_ON, direction: DESC}) {
			    edges { node { key raisedOn } } pageInfo { endCursor hasNextPage } } }""";

	@Test
	void pageTwoOfAnOrderedListContinuesPageOneExactly() {
		ClientGraphQlResponse six = this.anonymous.document(LATEST_CASES).variable("first", 6).executeSync();
		ClientGraphQlResponse pageOne = this.anonymous.document(LATEST_CASES).variable("first", 3).executeSync();
		ClientGraphQlResponse pageTwo = this.anonymous.document(LATEST_CASES)
			.variable("first", 3)
			.variable("after", pageOne.field("cases.pageInfo.endCursor").toEntity(String.class))
			.executeSync();

		List<String> both = new java.util.ArrayList<>(keys(pageOne, "cases"));
		both.addAll(keys(pageTwo, "cases"));
		assertThat(both).isEqualTo(keys(six, "cases"));
		List<String> dates = all(six, "cases.edges.node.raisedOn").stream().map(String::valueOf).toList();
		// cases without a date come last, as the earliest
		assertThat(dates).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void aCursorPassedWithAnotherOrderIsABadRequestOnTheField() {
		String cursor = this.anonymous.document(LATEST_CASES)
			.variable("first", 3)
			.executeSync()
			.field("cases.pageInfo.endCursor")
			.toEntity(String.class);

		ResponseError error = this.anonymous.document("""
				query($after: String) { cases(after: $after, orderBy: {field: TITLE}) { totalCount } }""")
			.variable("after", cursor)
			.executeSync()
			.getErrors()
			.getFirst();

		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getPath()).isEqualTo("cases");
		assertThat(error.getMessage()).contains("another order");
	}

	@Test
	void aStationPageShowsItsDeputiesAndTheirLatestCases() {
		ClientGraphQlResponse response = this.anonymous.document("""
				query($id: ID!) { node(id: $id) { ... on Station { name
				  representatives(first: 10, orderBy: {field: NAME}) { totalCount edges { node { key name
				    cases(first: 3, orderBy: {field: RAISED_ON, direction: DESC}) {
				      totalCount edges { node { key title } } } } } } } } }""")
			.variable("id", GlobalId.of("Station", "st-pengjiang-hetang-center"))
			.executeSync();

		assertThat(response.field("node.representatives.totalCount").toEntity(Long.class)).isEqualTo(3);
		assertThat(all(response, "node.representatives.edges.node.cases.edges.node.key"))
			.contains("pengjiang-nancun-solar-street-lights");
	}

	@Test
	void aVillagePageShowsItsGridsStationsAndCases() {
		ClientGraphQlResponse response = this.anonymous.document("""
				query($id: ID!) { node(id: $id) { ... on Region { name
				  grids { totalCount edges { node { key size parent { key } } } }
				  stations { totalCount }
				  cases(orderBy: {field: RAISED_ON, direction: DESC}) { totalCount edges { node { key } } } } } }""")
			.variable("id", GlobalId.of("Region", "jm-pengjiang-hetang-nancun"))
			.executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(keys(response, "node.grids")).containsExactly("grid-nancun", "grid-nancun-shilian");
		assertThat(response.field("node.grids.edges[1].node.parent.key").toEntity(String.class))
			.isEqualTo("grid-nancun");
		assertThat(keys(response, "node.cases")).contains("pengjiang-nancun-solar-street-lights");
	}

	@Test
	void aStationsGridsIncludeTheSmallGridsOfItsLargeOnes() {
		ClientGraphQlResponse response = this.anonymous.document("""
				{ large: grids(filter: {coveredByStationKey: "st-xinhui-huicheng-center", size: LARGE}) { totalCount }
				  all: grids(filter: {coveredByStationKey: "st-xinhui-huicheng-center"}) { totalCount }
				  covering: stations(filter: {coversGridKey: "grid-nancun-shilian"}) { edges { node { key } } } }""")
			.executeSync();

		assertThat(response.field("large.totalCount").toEntity(Long.class)).isEqualTo(51);
		assertThat(response.field("all.totalCount").toEntity(Long.class)).isEqualTo(51 + 360);
		assertThat(keys(response, "covering")).containsExactly("st-pengjiang-hetang-center");
	}

	@Test
	void aDraftLeadsToItsConsultationsOpinionsAndTheirTallies() {
		ClientGraphQlResponse response = this.anonymous.document("""
				{ laws(filter: {kind: DRAFT, titleContains: "农业法"}) { totalCount edges { node { key
				    consultations { edges { node { key opinionsSubmitted opinionsAdopted adoptionRate
				      station { key } law { key } } } }
				    opinions { totalCount edges { node { key kind } } } } } }
				  consultationStatistics(groupBy: LAW, filter: {stationKey: "st-jianghai-legislative"}) {
				    key consultations opinionsSubmitted adoptionRate } }""").executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("laws.totalCount").toEntity(Long.class)).isEqualTo(1);
		String consultation = "laws.edges[0].node.consultations.edges[0].node";
		assertThat(response.field(consultation + ".station.key").toEntity(String.class))
			.isEqualTo("st-jianghai-legislative");
		assertThat(response.field(consultation + ".opinionsSubmitted").toEntity(Long.class)).isEqualTo(1);
		assertThat(keys(response, "laws.edges.node.opinions"))
			.containsExactly("jianghai-agriculture-law-draft-opinions");
		assertThat(response.field("consultationStatistics[0].key").toEntity(String.class))
			.isEqualTo("law-agriculture-draft");
	}

	@Test
	void hasRelationshipFiltersNarrowTheCaseList() {
		ClientGraphQlResponse response = this.anonymous.document("""
				{ raised: cases(filter: {raisedByKey: "rep-wu-huanrong"}) { edges { node { key } } }
				  collected: cases(filter: {stationKey: "st-pengjiang-hetang-center"}) { totalCount }
				  inGrid: cases(filter: {gridKey: "grid-nancun"}) { totalCount }
				  concerning: cases(filter: {lawKey: "law-agriculture-draft"}) { edges { node { key } } } }""")
			.executeSync();

		assertThat(keys(response, "raised")).containsExactly("xinhui-muzhou-typhoon-trees");
		assertThat(response.field("collected.totalCount").toEntity(Long.class)).isPositive();
		assertThat(keys(response, "concerning")).containsExactly("jianghai-agriculture-law-draft-opinions");
	}

	@Test
	void everyListsFiltersNarrowItsTotal() {
		ClientGraphQlResponse response = this.anonymous.document(
				"""
						{ atHetang: representatives(filter: {stationKey: "st-pengjiang-hetang-center"}) { totalCount }
						  cityLevel: representatives(filter: {level: CITY, stationKey: "st-pengjiang-hetang-center"}) { totalCount }
						  enterprises: stations(filter: {kind: ENTERPRISE, nameContains: "联络站"}) { totalCount }
						  huichengGrids: grids(filter: {nameContains: "会城街道", size: SMALL}) { totalCount }
						  communities: regions(filter: {level: VILLAGE, withinKey: "jm-jianghai", nameContains: "社区"}) { totalCount }
						  inJianghai: consultations(filter: {withinKey: "jm-jianghai", titleContains: "农业法"}) { totalCount }
						  undated: consultations(filter: {openedFrom: "2000-01-01"}) { totalCount }
						  consultedLaws: laws(filter: {consultedAtStationKey: "st-jianghai-legislative"}) { totalCount }
						  opinionArticles: articles(filter: {caseKinds: [DRAFT_LAW_OPINION], titleContains: "农业法"}) { totalCount } }""")
			.executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("atHetang.totalCount").toEntity(Long.class)).isEqualTo(3);
		assertThat(response.field("cityLevel.totalCount").toEntity(Long.class)).isEqualTo(1);
		assertThat(response.field("enterprises.totalCount").toEntity(Long.class)).isEqualTo(2);
		assertThat(response.field("huichengGrids.totalCount").toEntity(Long.class)).isEqualTo(360);
		assertThat(response.field("communities.totalCount").toEntity(Long.class)).isPositive();
		assertThat(response.field("inJianghai.totalCount").toEntity(Long.class)).isEqualTo(1);
		// the seeds give no opening day for the one consultation
		assertThat(response.field("undated.totalCount").toEntity(Long.class)).isZero();
		assertThat(response.field("consultedLaws.totalCount").toEntity(Long.class)).isEqualTo(1);
		assertThat(response.field("opinionArticles.totalCount").toEntity(Long.class)).isZero();
	}

	@Test
	void gridsLawsAndConsultationsAreNodesToo() {
		List<String> ids = List.of(GlobalId.of("Grid", "grid-nancun"), GlobalId.of("Law", "law-agriculture-draft"),
				GlobalId.of("Consultation", "cons-agriculture-law-jianghai"));

		ClientGraphQlResponse response = this.anonymous
			.document("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }")
			.variable("ids", ids)
			.executeSync();

		assertThat(all(response, "nodes.__typename")).containsExactly("Grid", "Law", "Consultation");
		assertThat(all(response, "nodes.id")).isEqualTo(ids);
	}

	@Test
	void publishedArticlesAreListedNewestFirstAndFilteredByTheirCasesRegion() {
		var staff = signedIn();
		for (String kase : List.of("xinhui-luokeng-yuelong-steel-railing", "heshan-lvyin-plant-road-lights")) {
			staff.document("mutation($id: ID!) { publishCase(input: {caseId: $id}) { article { key } } }")
				.variable("id", GlobalId.of("Case", kase))
				.executeSync();
		}

		ClientGraphQlResponse response = this.anonymous.document(
				"""
						{ newest: articles(first: 100, orderBy: {field: PUBLISHED_AT, direction: DESC}) {
						    edges { node { key case { key } } } }
						  heshan: articles(filter: {regionKey: "jm-heshan"}) { totalCount edges { node { case { key } } } } }""")
			.executeSync();

		List<Object> newest = all(response, "newest.edges.node.case.key");
		assertThat(newest.indexOf("heshan-lvyin-plant-road-lights"))
			.isLessThan(newest.indexOf("xinhui-luokeng-yuelong-steel-railing"));
		assertThat(all(response, "newest.edges.node.key")).doesNotContainNull();
		assertThat(all(response, "heshan.edges.node.case.key")).containsOnly("heshan-lvyin-plant-road-lights");
	}

	private static List<String> keys(ClientGraphQlResponse response, String connection) {
		return all(response, connection + ".edges.node.key").stream().map(String::valueOf).toList();
	}

}
