package org.grassroots;

import java.util.List;
import java.util.Map;

import org.grassroots.api.paging.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's search through the API over the demo stories: suggestions while typing in
 * characters or pinyin, a facet narrowing the hits, synonyms, related stories with their
 * reasons, paging by cursor; and what callers may not do.
 */
class VisitorSearchIT extends ApiIntegrationTest {

	private static final String LIGHTS = "pengjiang-nancun-solar-street-lights";

	/** In the order other tests publish them too: first publication times stay in it. */
	private static final List<String> PUBLISHED = List.of(LIGHTS, "xinhui-luokeng-xiqili-fishpond-railing",
			"xinhui-luokeng-yuelong-steel-railing", "heshan-lvyin-plant-road-lights",
			"taishan-sijiu-huanshan-road-phase-2");

	@BeforeEach
	void publishDemoStories() {
		var staff = signedIn();
		for (String caseKey : PUBLISHED) {
			ClientGraphQlResponse published = staff
				.document("""
						mutation { publishCase(input: {caseId: "%s", overrideReason: "demo"}) { article { slug } } }"""
					.formatted(GlobalId.of("Case", caseKey)))
				.executeSync();
			assertThat(published.getErrors()).as(caseKey).isEmpty();
		}
		searchUntil("{ searchArticles(query: \"护栏\", first: 10) { hits { article { slug } } } }",
				(response) -> all(response, "searchArticles.hits").size() >= 2);
	}

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Test
	void typingNancunOrTheCharactersSuggestsTheStreetLightStory() {
		for (String typed : List.of("nancun", "南村", "ncc")) {
			ClientGraphQlResponse response = this.anonymous
				.document("{ suggestArticles(prefix: \"%s\") { text kind slug } }".formatted(typed))
				.executeSync();
			assertThat(response.getErrors()).isEmpty();
			assertThat(all(response, "suggestArticles.slug")).as(typed).contains(LIGHTS);
			assertThat(all(response, "suggestArticles.text")).as(typed).contains("南村村");
		}
	}

	@Test
	void streetLightsWithTheHetangFacetFindTheStoryAndTheFacetsCountTheOthers() {
		ClientGraphQlResponse all = this.anonymous.document("""
				{ searchArticles(query: "路灯") { totalCount
				    facets { towns { value label count } districts { value label count } } } }""").executeSync();
		assertThat(all(all, "searchArticles.facets.towns.label")).contains("荷塘镇");
		assertThat(all(all, "searchArticles.facets.districts.value")).contains("jm-pengjiang", "jm-heshan");

		ClientGraphQlResponse hetang = this.anonymous.document("""
				{ searchArticles(query: "路灯", filter: {towns: ["jm-pengjiang-hetang"]}) {
				    totalCount hits { article { slug } } facets { towns { value count } } } }""").executeSync();

		assertThat(hetang.getErrors()).isEmpty();
		assertThat(all(hetang, "searchArticles.hits.article.slug")).containsExactly(LIGHTS);
		assertThat(hetang.field("searchArticles.totalCount").toEntity(Integer.class))
			.isLessThan(all.field("searchArticles.totalCount").toEntity(Integer.class));
		assertThat(all(hetang, "searchArticles.facets.towns.value")).contains("jm-pengjiang-hetang");
	}

	@Test
	void aHitShowsTheArticleAsItsPageDoes() {
		String fields = "slug title standfirst coverText tags publishedAt revisedAt revision bodyHtml case { key }";
		ClientGraphQlResponse page = this.anonymous
			.document("{ article(slug: \"%s\") { article { %s } } }".formatted(LIGHTS, fields))
			.executeSync();
		Map<String, Object> shown = page.field("article.article").toEntity(MAP);
		assertThat(shown.get("bodyHtml")).asString().contains("路灯");

		// The index follows the graph within seconds of a (re)publication: once it has,
		// the
		// hit is the page's article, field for field
		ClientGraphQlResponse search = searchUntil(
				"{ searchArticles(query: \"路灯\", filter: {towns: [\"jm-pengjiang-hetang\"]}) { hits { article { %s } } } }"
					.formatted(fields),
				(response) -> shown.get("revision")
					.equals(response.field("searchArticles.hits[0].article.revision").getValue()));

		assertThat(search.getErrors()).isEmpty();
		assertThat(search.field("searchArticles.hits[0].article").toEntity(MAP)).isEqualTo(shown);
	}

	@Test
	void theStationsLongNameFindsStoriesThatSayLiaisonStation() {
		ClientGraphQlResponse response = this.anonymous
			.document("{ searchArticles(query: \"代表联络站\", first: 20) { hits { article { slug } } } }")
			.executeSync();

		assertThat(all(response, "searchArticles.hits.article.slug")).contains(LIGHTS);
	}

	@Test
	void aStoryPageListsRelatedStoriesWithTheirReasons() {
		ClientGraphQlResponse response = this.anonymous.document("""
				{ article(slug: "xinhui-luokeng-xiqili-fishpond-railing") { article {
				    related { article { slug } reasons { code label } } } } }""").executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("article.article.related[0].article.slug").toEntity(String.class))
			.isEqualTo("xinhui-luokeng-yuelong-steel-railing");
		List<Map<String, Object>> reasons = response.field("article.article.related[0].reasons").toEntityList(MAP);
		assertThat(reasons).extracting((reason) -> reason.get("code")).contains("SAME_STATION", "SAME_VILLAGE");
		assertThat(reasons).extracting((reason) -> reason.get("label")).contains("同一联络站");
	}

	@Test
	void pagesFollowByCursorAndAForeignCursorIsABadRequest() {
		ClientGraphQlResponse first = this.anonymous.document("""
				{ searchArticles(query: "路灯 护栏 道路", first: 2, orderBy: NEWEST) {
				    hits { article { slug } } pageInfo { hasNextPage endCursor } } }""").executeSync();
		assertThat(first.field("searchArticles.pageInfo.hasNextPage").toEntity(Boolean.class)).isTrue();
		String cursor = first.field("searchArticles.pageInfo.endCursor").toEntity(String.class);

		ClientGraphQlResponse second = this.anonymous.document("""
				{ searchArticles(query: "路灯 护栏 道路", first: 2, orderBy: NEWEST, after: "%s") {
				    hits { article { slug } } } }""".formatted(cursor)).executeSync();
		assertThat(all(second, "searchArticles.hits.article.slug"))
			.doesNotContainAnyElementsOf(all(first, "searchArticles.hits.article.slug"));

		for (String bad : List.of("not-a-cursor", cursor + "x")) {
			ClientGraphQlResponse refused = this.anonymous.document("""
					{ searchArticles(query: "路灯", after: "%s") { totalCount } }""".formatted(bad)).executeSync();
			assertThat(refused.getErrors()).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getPath()).isEqualTo("searchArticles");
			});
		}
	}

	@Test
	void onlyAnAdministratorReloadsTheSynonymsAndTheReviewedRulesApply() {
		String reload = "mutation { reloadSearchSynonyms(input: {}) { rules } }";

		ClientGraphQlResponse anonymous = this.anonymous.document(reload).executeSync();
		assertThat(anonymous.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED));

		ClientGraphQlResponse admin = signedIn().document(reload).executeSync();
		assertThat(admin.getErrors()).isEmpty();
		assertThat(admin.field("reloadSearchSynonyms.rules").toEntity(Integer.class)).isGreaterThan(10);
		searchUntil("{ searchArticles(query: \"微实事\", first: 20) { hits { article { slug } } } }",
				(response) -> all(response, "searchArticles.hits.article.slug").contains(LIGHTS));
	}

	@Test
	void staffReadWhatVisitorsSearchedWithoutAnythingThatIdentifiesSomeone() {
		String rare = "zqxjkw" + System.nanoTime() % 1000;
		for (String query : List.of("路灯", " 路灯 ", rare, "13812345678 路灯")) {
			assertThat(this.anonymous.document("{ searchArticles(query: \"%s\") { totalCount } }".formatted(query))
				.executeSync()
				.getErrors()).isEmpty();
		}
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		String document = """
				{ searchAnalytics(from: "%s", to: "%s", first: 100) {
				    searches withoutResults top { text searches } topWithoutResults { text withoutResults } } }"""
			.formatted(today, today);

		ClientGraphQlResponse staff = signedIn().document(document).executeSync();

		assertThat(staff.getErrors()).isEmpty();
		List<Map<String, Object>> top = staff.field("searchAnalytics.top").toEntityList(MAP);
		assertThat(top).filteredOn((entry) -> "路灯".equals(entry.get("text")))
			.singleElement()
			.satisfies((entry) -> assertThat(((Number) entry.get("searches")).intValue()).isGreaterThanOrEqualTo(2));
		assertThat(all(staff, "searchAnalytics.topWithoutResults.text")).contains(rare.toLowerCase());
		assertThat(all(staff, "searchAnalytics.top.text")).noneMatch((text) -> String.valueOf(text).contains("138"));

		assertThat(this.anonymous.document(document).executeSync().getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.UNAUTHORIZED));
		assertThat(signedIn()
			.document("{ searchAnalytics(from: \"yesterday\", to: \"%s\") { searches } }".formatted(today))
			.executeSync()
			.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST));
	}

}
