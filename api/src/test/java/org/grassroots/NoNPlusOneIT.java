package org.grassroots;

import java.util.List;
import java.util.Map;

import org.grassroots.api.paging.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested fields are batch-loaded: a request costs one Cypher statement per nesting level,
 * however many rows each level has.
 */
class NoNPlusOneIT extends ApiIntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Map<String, Object>>> EDGE = new ParameterizedTypeReference<>() {
	};

	@Autowired
	StatementCounter counter;

	@Test
	void aPageOfCasesWithItsTotalAndTheirTimelinesCostsTwoStatements() {
		this.counter.reset();

		ClientGraphQlResponse response = this.anonymous.document("""
				{ cases(first: 16) { totalCount edges { node { key timeline { stage on } } } } }""").executeSync();

		assertThat(response.field("cases.edges").toEntityList(Object.class)).hasSizeGreaterThanOrEqualTo(16);
		// the page with its count, every timeline at once
		assertThat(this.counter.statements()).isEqualTo(2);
	}

	@Test
	void everyCasesGridAndLawsCostOneStatementEach() {
		this.counter.reset();

		ClientGraphQlResponse response = this.anonymous
			.document("{ cases(first: 100) { edges { node { key grid { key name } laws { key title } } } } }")
			.executeSync();

		assertThat(response.getErrors()).isEmpty();
		List<Map<String, Object>> nodes = response.field("cases.edges")
			.toEntityList(EDGE)
			.stream()
			.map((edge) -> edge.get("node"))
			.toList();
		assertThat(nodes).filteredOn((node) -> "pengjiang-nancun-solar-street-lights".equals(node.get("key")))
			.singleElement()
			.satisfies((lights) -> assertThat(lights.get("grid")).asString().contains("grid-nancun-shilian"));
		assertThat(nodes).filteredOn((node) -> "jianghai-agriculture-law-draft-opinions".equals(node.get("key")))
			.singleElement()
			.satisfies((opinions) -> assertThat(opinions.get("laws")).asString().contains("law-agriculture-draft"));
		// cases, grids, laws
		assertThat(this.counter.statements()).isEqualTo(3);
	}

	@Test
	void fourLevelsOfNestedListsCostOneStatementPerLevelHoweverManyRows() {
		this.counter.reset();

		ClientGraphQlResponse response = this.anonymous.document("""
				{ regions(first: 7, filter: {level: DISTRICT}) { edges { node { key
				    children(first: 10) { totalCount edges { node { key
				      stations(first: 3) { edges { node { key
				        representatives(first: 3) { totalCount edges { node { key
				          cases(first: 2, orderBy: {field: RAISED_ON, direction: DESC}) {
				            totalCount edges { node { key timeline { stage } } } } } } } } } } } } } } } } }""")
			.executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(all(response, "regions.edges.node.children.edges.node.key")).hasSizeGreaterThan(20);
		assertThat(all(response, "regions.edges.node.children.edges.node.stations.edges.node.key"))
			.hasSizeGreaterThan(5);
		// regions; children, stations, deputies and cases, each level's pages with their
		// counts; timelines
		assertThat(this.counter.statements()).isEqualTo(6);
	}

	@Test
	void searchHitsWithTheirBodiesCasesAndTimelinesCostOneStatementPerLevel() {
		var staff = signedIn();
		List<String> published = List.of("xinhui-luokeng-xiqili-fishpond-railing",
				"xinhui-luokeng-yuelong-steel-railing", "xinhui-luokeng-fuqingli-public-toilet",
				"heshan-lvyin-plant-road-lights");
		published.forEach(
				(key) -> staff.document("mutation($id: ID!) { publishCase(input: {caseId: $id}) { article { id } } }")
					.variable("id", GlobalId.of("Case", key))
					.executeSync());
		String search = """
				{ searchArticles(query: "联络站", first: 20) {
				    hits { article { slug bodyHtml case { key timeline { stage } } } } } }""";
		searchUntil(search, (found) -> all(found, "searchArticles.hits").size() >= 3);
		this.counter.reset();

		ClientGraphQlResponse response = this.anonymous.document(search).executeSync();

		assertThat(response.field("searchArticles.hits").toEntityList(Object.class)).hasSizeGreaterThanOrEqualTo(3);
		// bodies, cases, timelines: one each
		assertThat(this.counter.statements()).isEqualTo(3);
	}

	@Test
	void manyNodesCostOneStatementPerType() {
		List<String> ids = List.of(GlobalId.of("Case", "jianghai-wenyuan-drainage-renovation"),
				GlobalId.of("Case", "pengjiang-nancun-solar-street-lights"), GlobalId.of("Region", "jm-jianghai"),
				GlobalId.of("Case", "jianghai-yilu-4-stair-handrail"), GlobalId.of("Region", "jm"));
		this.counter.reset();

		ClientGraphQlResponse response = this.anonymous.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }")
			.variable("ids", ids)
			.executeSync();

		assertThat(response.field("nodes").toEntityList(Object.class)).hasSize(5).doesNotContainNull();
		assertThat(this.counter.statements()).isEqualTo(2);
	}

}
