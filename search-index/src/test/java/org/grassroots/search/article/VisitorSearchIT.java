package org.grassroots.search.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.grassroots.search.ElasticsearchIntegrationTest;
import org.grassroots.search.article.ArticleIndex.Change;
import org.grassroots.search.article.ArticleQuery.Facet;
import org.grassroots.search.article.ArticleQuery.Order;
import org.grassroots.search.article.RelatedArticle.Reason;
import org.grassroots.search.article.Suggestion.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a visitor gets from the index: the plugin's analyzers, facets, paging,
 * suggestions, pinyin, synonyms, did-you-mean and related stories. Every story here holds
 * the made-up place word 榕荫坊, so that the other tests' documents in the shared index stay
 * out of the counts.
 */
class VisitorSearchIT extends ElasticsearchIntegrationTest {

	private static final String MARK = "榕荫坊";

	private static final String PENGJIANG = "jm-pengjiang|蓬江区";

	private static final String HETANG = "jm-pengjiang-hetang|荷塘镇";

	private static final String HETANG_STATION = "st-hetang|荷塘镇代表联络站";

	private static final ArticleDocument LIGHTS = story("visitor-lights", "南村村加装22盏太阳能路灯",
			"代表在联络站接待群众时了解到路段路灯缺失，列入民生微实事，22盏太阳能路灯安装完成。", "2026-03-01T09:00:00+08:00", 2025, List.of("路灯", "民生微实事"),
			"MICRO_PROJECT", PENGJIANG, HETANG, "jm-nancun|南村村", HETANG_STATION, "CENTER", "rep-pan|潘爱娟", null);

	private static final ArticleDocument LANE = story("visitor-lane", "塘房村村道照明改造完工", "村民反映村道夜间照明不足，镇人大代表跟进，村道亮起来了。",
			"2026-04-01T09:00:00+08:00", 2026, List.of("照明"), "MICRO_PROJECT", PENGJIANG, HETANG, "jm-tangfang|塘房村",
			HETANG_STATION, "CENTER", "rep-he|何彩燕", null);

	private static final ArticleDocument DRAINAGE = story("visitor-drainage", "文苑社区老旧小区排水改造", "群众反映社区排水堵塞问题多发，改造已完成验收。",
			"2026-02-01T09:00:00+08:00", 2024, List.of("排水"), "MICRO_PROJECT", "jm-jianghai|江海区",
			"jm-jianghai-lile|礼乐街道", "jm-wenyuan|文苑社区", "st-wenyuan|文苑社区代表联络站", "COMMUNITY", "rep-li|李明", null);

	private static final ArticleDocument FARM_LAW = story("visitor-farm-law", "农业法草案意见经联系点直达全国人大",
			"基层立法联系点组织座谈，收集农业法修订草案的意见。", "2026-05-01T09:00:00+08:00", 2026, List.of("立法"), "DRAFT_LAW_OPINION",
			"jm-jianghai|江海区", "jm-jianghai-waihai|外海街道", "jm-zhijiang|直冲村", "st-jianghai-point|江海区基层立法联系点",
			"LEGISLATIVE_CONTACT_POINT", "rep-wu|吴强", "law-agri|农业法（修订草案）");

	private static final ArticleDocument SEED_LAW = story("visitor-seed-law", "种业条款的意见被采纳", "联系点收集的种业意见写进了农业法修订草案。",
			"2026-06-01T09:00:00+08:00", 2026, List.of("立法"), "DRAFT_LAW_OPINION", "jm-xinhui|新会区",
			"jm-xinhui-huicheng|会城街道", "jm-chengnan|城南社区", "st-huicheng|会城街道代表联络站", "CENTER", "rep-zhao|赵敏",
			"law-agri|农业法（修订草案）");

	private static final List<ArticleDocument> STORIES = List.of(LIGHTS, LANE, DRAINAGE, FARM_LAW, SEED_LAW);

	private static long version = System.currentTimeMillis() * 10;

	@Autowired
	ArticleIndex index;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	SearchSynonyms synonyms;

	private static ArticleDocument story(String id, String title, String body, String publishedAt, int year,
			List<String> tags, String kind, String district, String town, String village, String station,
			String stationKind, String deputy, String law) {
		List<String> names = new ArrayList<>();
		for (String value : List.of(district, town, village, station, deputy)) {
			names.add(FacetValue.parse(value).label());
		}
		return ArticleDocument.live(id, id, List.of("case-" + id), title, title, body + MARK,
				FacetValue.parse(district).label() + FacetValue.parse(town).label() + FacetValue.parse(village).label(),
				tags, "", publishedAt, publishedAt, 1,
				new ArticleDocument.Context(List.of(kind), List.of("COMPLETED"), List.of(), List.of(district),
						List.of(town), List.of(village), List.of(station), List.of(stationKind), List.of(deputy),
						(law == null) ? List.of() : List.of(law), names, year, 100_000, 120));
	}

	@BeforeEach
	void indexStories() {
		assertThat(this.index.apply(STORIES.stream().map((story) -> new Change(story, ++version)).toList())).isEmpty();
	}

	/** The index is shared with the other tests: these stories go as they came. */
	@AfterEach
	void takeStoriesDown() {
		assertThat(this.index.apply(
				STORIES.stream().map((story) -> new Change(ArticleDocument.tombstone(story.id()), ++version)).toList()))
			.isEmpty();
	}

	@Test
	void thePluginsAnalyzersReadPinyinInitialsPrefixesHomophonesAndTraditionalCharacters() throws IOException {
		assertThat(tokens("zh_suggest_pinyin", "南村村路灯")).contains("nan", "nancun", "ludeng");
		assertThat(tokens("zh_suggest_initials", "南村村路灯")).contains("ncc", "ld");
		assertThat(tokens("zh_suggest", "南村村路灯")).contains("南村", "路灯");
		assertThat(tokens("zh_pinyin_query", "南村")).containsExactly("nancun");
		assertThat(tokens("zh_pinyin", "路等")).containsExactly("ludeng");
		assertThat(tokens("zh_bigram", "路燈")).containsExactly("路灯");
		assertThat(tokens("zh_word_query", "微实事")).contains("民生");
	}

	@Test
	void aNewIndexIsAskedWhatVisitorsAskOnTheIndexItselfBeforeItGoesLive() throws IOException {
		String live = this.client.indices()
			.getAlias((alias) -> alias.name(IndexLayout.ALIAS))
			.aliases()
			.keySet()
			.iterator()
			.next();

		assertThat(((ElasticsearchArticleIndex) this.index).warm(live)).isEqualTo(1);
		assertThatThrownBy(() -> ((ElasticsearchArticleIndex) this.index).warm(live + "-never-built"))
			.isInstanceOf(co.elastic.clients.elasticsearch._types.ElasticsearchException.class)
			.hasMessageContaining("index_not_found");
	}

	@Test
	void facetsCountUnderTheOtherFiltersAndAFilterNarrowsTheHits() {
		ArticleSearchResult all = this.index.search(ArticleQuery.of(MARK, 10));
		assertThat(all.total()).isEqualTo(5);
		assertThat(all.facets().get(Facet.DISTRICT))
			.extracting(ArticleSearchResult.FacetCount::label, ArticleSearchResult.FacetCount::count)
			.contains(org.assertj.core.groups.Tuple.tuple("蓬江区", 2L), org.assertj.core.groups.Tuple.tuple("江海区", 2L),
					org.assertj.core.groups.Tuple.tuple("新会区", 1L));

		ArticleSearchResult jianghai = this.index.search(new ArticleQuery(MARK,
				Map.of(Facet.DISTRICT, List.of("jm-jianghai"), Facet.KIND, List.of("DRAFT_LAW_OPINION")),
				Order.RELEVANCE, 10, null));

		assertThat(jianghai.hits()).extracting((hit) -> hit.article().id()).containsExactly("visitor-farm-law");
		// the district facet still offers the others, counted under the kind filter alone
		assertThat(jianghai.facets().get(Facet.DISTRICT))
			.extracting(ArticleSearchResult.FacetCount::value, ArticleSearchResult.FacetCount::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("jm-jianghai", 1L),
					org.assertj.core.groups.Tuple.tuple("jm-xinhui", 1L));
		assertThat(jianghai.facets().get(Facet.KIND))
			.extracting(ArticleSearchResult.FacetCount::value, ArticleSearchResult.FacetCount::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("MICRO_PROJECT", 1L),
					org.assertj.core.groups.Tuple.tuple("DRAFT_LAW_OPINION", 1L));
		assertThat(jianghai.facets().get(Facet.YEAR)).extracting(ArticleSearchResult.FacetCount::value)
			.containsExactly("2026");
	}

	@Test
	void pagesFollowEachOtherByCursorWithoutRepeatsInEitherOrder() {
		for (Order order : Order.values()) {
			List<String> seen = new ArrayList<>();
			SearchCursor after = null;
			do {
				ArticleSearchResult page = this.index.search(new ArticleQuery(MARK, Map.of(), order, 2, after));
				page.hits().forEach((hit) -> seen.add(hit.article().id()));
				after = page.next();
			}
			while (after != null);
			assertThat(seen).hasSize(5).doesNotHaveDuplicates();
			if (order == Order.NEWEST) {
				assertThat(seen).containsExactly("visitor-seed-law", "visitor-farm-law", "visitor-lane",
						"visitor-lights", "visitor-drainage");
			}
			SearchCursor reread = SearchCursor.parse(new SearchCursor(order, 1.5, "x").encoded());
			assertThat(reread).isEqualTo(new SearchCursor(order, 1.5, "x"));
		}
	}

	@Test
	void typingPinyinInitialsOrCharactersSuggestsTheStoryAndItsPlace() {
		for (String typed : List.of("nancun", "南村", "nanc", "NanCun")) {
			assertThat(this.index.suggest(typed, 8)).as(typed)
				.contains(new Suggestion("南村村加装22盏太阳能路灯", Kind.TITLE, "visitor-lights"),
						new Suggestion("南村村", Kind.PLACE, null));
		}
		assertThat(this.index.suggest("ludeng", 8)).extracting(Suggestion::text).contains("南村村加装22盏太阳能路灯", "路灯");
		assertThat(this.index.suggest("ld", 8)).extracting(Suggestion::text).contains("路灯");
		assertThat(this.index.suggest("hetang", 8)).contains(new Suggestion("荷塘镇", Kind.PLACE, null),
				new Suggestion("荷塘镇代表联络站", Kind.STATION, null));
		assertThat(this.index.suggest("潘", 8)).contains(new Suggestion("潘爱娟", Kind.DEPUTY, null));
		assertThat(this.index.suggest("zzzzqqq", 8)).isEmpty();
	}

	@Test
	void pinyinAndTraditionalQueriesFindTheStory() {
		for (String query : List.of("ludeng", "路燈", "南村村 路燈")) {
			assertThat(this.index.search(ArticleQuery.of(query, 10)).hits()).as(query)
				.extracting((hit) -> hit.article().id())
				.contains("visitor-lights");
		}
	}

	@Test
	void aQueryThatFindsNothingGetsTheHomophoneThatDoes() {
		// a single character is a word to the query: a homophone of the whole made-up
		// place
		ArticleSearchResult result = this.index.search(ArticleQuery.of("容音方", 10));

		assertThat(result.total()).isZero();
		assertThat(result.didYouMean()).isEqualTo(MARK);
		assertThat(this.index.search(ArticleQuery.of("路灯", 10)).didYouMean()).isNull();
	}

	@Test
	void relatedStoriesComeFromTheGraphAndTheTextWithTheirReasons() {
		List<RelatedArticle> related = this.index.related("visitor-lights", 5);

		assertThat(related).first().satisfies((first) -> {
			assertThat(first.article().id()).isEqualTo("visitor-lane");
			assertThat(first.reasons()).contains(Reason.SAME_STATION, Reason.SAME_TOWN)
				.doesNotContain(Reason.SAME_DISTRICT);
		});
		assertThat(this.index.related("visitor-farm-law", 5))
			.filteredOn((r) -> r.article().id().equals("visitor-seed-law"))
			.singleElement()
			.satisfies((seed) -> assertThat(seed.reasons()).contains(Reason.SAME_LAW));
		assertThat(related).extracting((r) -> r.article().id()).doesNotContain("visitor-lights");
		assertThat(this.index.related("no-such-story", 5)).isEmpty();
	}

	@Test
	void changedSynonymsApplyAfterAReloadWithoutReindexing() {
		assertThat(ids("亮化工程")).doesNotContain("visitor-lights");
		try {
			assertThat(this.index.applySynonyms(List.of("亮化工程, 路灯", "微实事 => 民生微实事"))).isEqualTo(2);

			assertThat(ids("亮化工程")).contains("visitor-lights");
			assertThat(ids(MARK)).hasSize(5);
		}
		finally {
			this.index.applySynonyms(this.synonyms.rules());
		}
		assertThat(ids("亮化工程")).doesNotContain("visitor-lights");
	}

	@Test
	void aMalformedRuleIsRefusedAndTheRulesBeforeItStay() {
		assertThatThrownBy(() -> this.index.applySynonyms(List.of("路灯 => 照明 => 亮化"))).isNotNull();

		assertThat(ids("微实事 榕荫坊")).first().isEqualTo("visitor-lights");
	}

	private List<String> ids(String query) {
		return this.index.search(ArticleQuery.of(query, 10)).hits().stream().map((hit) -> hit.article().id()).toList();
	}

	@Test
	void reviewedSynonymsLetOneWordFindTheOther() {
		assertThat(this.index.search(ArticleQuery.of("微实事 榕荫坊", 10)).hits()).extracting((hit) -> hit.article().id())
			.first()
			.isEqualTo("visitor-lights");
	}

	private List<String> tokens(String analyzer, String text) throws IOException {
		return this.client.indices()
			.analyze((analyze) -> analyze.index("articles").analyzer(analyzer).text(text))
			.tokens()
			.stream()
			.map(AnalyzeToken::token)
			.toList();
	}

}
