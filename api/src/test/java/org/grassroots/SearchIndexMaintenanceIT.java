package org.grassroots;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.grassroots.api.paging.GlobalId;
import org.grassroots.graph.article.ArticleStore;
import org.grassroots.graph.delivery.Deliveries;
import org.grassroots.search.article.ArticleDocument;
import org.grassroots.search.article.ArticleIndex.Change;
import org.grassroots.search.article.IndexMaintenance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rebuilding the search index while visitors search, resuming a rebuild that was cut
 * short, and the check finding and repairing each kind of difference.
 */
class SearchIndexMaintenanceIT extends ApiIntegrationTest {

	private static final String LIGHTS = "pengjiang-nancun-solar-street-lights";

	private static final String TOILET = "xinhui-luokeng-fuqingli-public-toilet";

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	ArticleStore articles;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Deliveries deliveries;

	@BeforeEach
	void publish() {
		HttpSyncGraphQlClient admin = signedIn();
		for (String kase : List.of(LIGHTS, TOILET)) {
			assertThat(publish(admin, kase).getErrors()).isEmpty();
		}
		searchUntil("{ searchArticles(query: \"公厕\") { hits { article { slug } } } }",
				(response) -> all(response, "searchArticles.hits.article.slug").contains(TOILET));
	}

	@Test
	void aRebuildRunsWhileSearchesKeepAnsweringAndEveryArticleArrives() throws InterruptedException {
		String before = this.maintenance.liveIndex();
		AtomicBoolean searching = new AtomicBoolean(true);
		AtomicInteger searches = new AtomicInteger();
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		Thread visitor = Thread.ofPlatform().start(() -> {
			while (searching.get()) {
				ClientGraphQlResponse response = this.anonymous
					.document("{ searchArticles(query: \"路灯\") { hits { article { slug } } } }")
					.executeSync();
				searches.incrementAndGet();
				if (!response.getErrors().isEmpty()) {
					failures.add(response.getErrors().toString());
				}
				else if (!all(response, "searchArticles.hits.article.slug").contains(LIGHTS)) {
					failures.add("no " + LIGHTS + " in " + response.toMap());
				}
			}
		});
		HttpSyncGraphQlClient admin = signedIn();

		ClientGraphQlResponse started = admin
			.document("mutation { reindexSearch(input: {}) { status { state liveIndex } } }")
			.executeSync();
		assertThat(started.field("reindexSearch.status.state").toEntity(String.class)).isEqualTo("RUNNING");

		Map<String, Object> done = awaitRebuild(admin);
		searching.set(false);
		visitor.join();

		assertThat(failures).isEmpty();
		assertThat(searches.get()).isPositive();
		assertThat(done.get("liveIndex")).isNotEqualTo(before).isEqualTo(done.get("index"));
		assertThat(this.maintenance.liveIndex()).isEqualTo(done.get("index"));
		assertThat(((Map<?, ?>) done.get("check")).get("missing"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.isEmpty();
		assertThat(this.maintenance.build()).isNull();
	}

	@Test
	void aRebuiltIndexMakesWhatIsWrittenSearchableOnItsOwnOnceVisitorsSearchIt() {
		// A build copies with refreshes turned off; the switch turns them on again
		HttpSyncGraphQlClient admin = signedIn();
		admin.document("mutation { reindexSearch(input: {}) { status { state } } }").executeSync();
		String live = (String) awaitRebuild(admin).get("liveIndex");
		String id = "article-dawn-square";
		ArticleDocument dawn = ArticleDocument.live(id, "dawn-square", List.of(), "晨曦广场夜间照明", "", "", "", List.of(), "",
				"2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", 1,
				new ArticleDocument.Context(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
						List.of(), List.of(), List.of(), List.of(), null, 0, 0));

		// written as a rebuild or repair writes, without asking for a refresh
		assertThat(this.maintenance.applyTo(live, List.of(new Change(dawn, 1)))).isEmpty();

		try {
			searchUntil("{ searchArticles(query: \"晨曦广场\") { hits { article { slug } } } }",
					(response) -> all(response, "searchArticles.hits.article.slug").contains("dawn-square"));
		}
		finally {
			this.maintenance.applyTo(live, List.of(new Change(ArticleDocument.tombstone(id), 2)));
		}
	}

	@Test
	void aRebuildCutShortResumesWhereItStopped() {
		IndexMaintenance.Build build = this.maintenance.startBuild();
		List<String> ids = this.articles.ids();
		String first = ids.get(0);
		this.maintenance.progress(build.index(), first, 1);

		HttpSyncGraphQlClient admin = signedIn();
		admin.document("mutation { reindexSearch(input: {}) { status { state } } }").executeSync();
		Map<String, Object> done = awaitRebuild(admin);

		assertThat(done.get("index")).isEqualTo(build.index());
		assertThat(done.get("liveIndex")).isEqualTo(build.index());
		assertThat(((Number) done.get("copied")).intValue()).isEqualTo(ids.size());
		// the article before the resumption point arrived through the check's repair
		assertThat(this.maintenance.contents(build.index())).containsKeys(ids.toArray(String[]::new));
	}

	@Test
	void theCheckFindsMissingStaleAndExtraArticlesAndRepairsThem() {
		// Every publication delivered first: a delivery still under way would write the
		// graph's state after the changes below, as deliveries do
		await().atMost(Duration.ofSeconds(15)).until(() -> this.deliveries.pending("search") == 0);
		String live = this.maintenance.liveIndex();
		String lights = "article-" + LIGHTS;
		String toilet = "article-" + TOILET;
		String ghost = "article-no-such-story";
		// the index lost the publication: it holds the article as taken down
		long published = this.articles.states().get(lights).sequence();
		assertThat(this.maintenance.applyTo(live, List.of(new Change(ArticleDocument.tombstone(lights), published))))
			.isEmpty();
		// the graph moves on without a delivery: the index holds an older publication
		this.neo4j.query("MATCH (a:Article {id: $id}) SET a.sequence = a.sequence + 5").bind(toilet).to("id").run();
		ArticleDocument invented = ArticleDocument.live(ghost, "no-such-story", List.of(), "无中生有", "", "", "",
				List.of(), "", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", 1,
				new ArticleDocument.Context(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
						List.of(), List.of(), List.of(), List.of(), null, 0, 0));
		assertThat(this.maintenance.applyTo(live, List.of(new Change(invented, 7)))).isEmpty();
		HttpSyncGraphQlClient admin = signedIn();

		ClientGraphQlResponse found = admin
			.document("mutation { checkSearchIndex(input: {}) { report { missing stale extra repaired } } }")
			.executeSync();

		assertThat(all(found, "checkSearchIndex.report.missing")).contains(lights);
		assertThat(all(found, "checkSearchIndex.report.stale")).contains(toilet);
		assertThat(all(found, "checkSearchIndex.report.extra")).contains(ghost);
		assertThat(found.field("checkSearchIndex.report.repaired").toEntity(Integer.class)).isZero();

		ClientGraphQlResponse repaired = admin
			.document("mutation { checkSearchIndex(input: {repair: true}) { report { repaired } } }")
			.executeSync();
		assertThat(repaired.field("checkSearchIndex.report.repaired").toEntity(Integer.class))
			.isGreaterThanOrEqualTo(3);

		ClientGraphQlResponse after = admin
			.document("mutation { checkSearchIndex(input: {}) { report { missing stale extra } } }")
			.executeSync();
		assertThat(all(after, "checkSearchIndex.report.missing")).isEmpty();
		assertThat(all(after, "checkSearchIndex.report.stale")).isEmpty();
		assertThat(all(after, "checkSearchIndex.report.extra")).isEmpty();
	}

	@Test
	void onlyAdministratorsRebuildOrCheck() {
		for (String document : List.of("mutation { reindexSearch(input: {}) { status { state } } }",
				"mutation { checkSearchIndex(input: {repair: true}) { report { repaired } } }",
				"{ searchIndexStatus { state } }")) {
			ClientGraphQlResponse refused = this.anonymous.document(document).executeSync();
			assertThat(refused.getErrors()).as(document)
				.singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
		}
	}

	private Map<String, Object> awaitRebuild(HttpSyncGraphQlClient admin) {
		List<Map<String, Object>> last = new ArrayList<>();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			Map<String, Object> status = admin.document("""
					{ searchIndexStatus { state index liveIndex copied total error check { missing stale extra } } }""")
				.executeSync()
				.field("searchIndexStatus")
				.toEntity(Map.class);
			last.clear();
			last.add(status);
			assertThat(status.get("state")).as(String.valueOf(status)).isNotEqualTo("FAILED");
			return "DONE".equals(status.get("state"));
		});
		return last.get(0);
	}

	private static ClientGraphQlResponse publish(HttpSyncGraphQlClient admin, String kase) {
		return admin
			.document("""
					mutation { publishCase(input: {caseId: "%s", overrideReason: "demo"}) { article { slug } } }"""
				.formatted(GlobalId.of("Case", kase)))
			.executeSync();
	}

}
