package org.grassroots.graph.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.access.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDeskIT extends Neo4jIntegrationTest {

	private static final String LIGHTS = "pengjiang-nancun-solar-street-lights";

	private static final Instant AT = Instant.parse("2026-03-01T01:00:00Z");

	@Autowired
	ArticleDesk desk;

	@Autowired
	ArticleStore articles;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void forgetArticles() {
		this.neo4j.query(
				"MATCH (a:Article) WHERE a.id STARTS WITH 'desk-' OPTIONAL MATCH (a)-[:HAS_REVISION]->(r) DETACH DELETE a, r")
			.run();
	}

	@Test
	void aCaseSheetReadsThePlaceStationDeputiesAndTimelineOfTheCase() {
		CaseSheet sheet = this.desk.sheets(List.of(LIGHTS), Scope.EVERYWHERE).getFirst();

		assertThat(sheet.regionPath()).extracting(CaseSheet.Named::name).endsWith("蓬江区", "荷塘镇", "南村村");
		assertThat(sheet.title()).contains("路灯");
		assertThat(sheet.quantity()).isEqualTo(22.0);
		assertThat(sheet.timeline()).extracting(CaseSheet.StageOn::seq).isSorted();
		assertThat(this.desk.sheets(List.of(LIGHTS, "no-such-case"), Scope.EVERYWHERE)).hasSize(1);
		assertThat(this.desk.sheets(List.of(LIGHTS), Scope.of(Set.of("no-such-region")))).isEmpty();
	}

	@Test
	void aDraftIsNotPublicUntilPublishedAndANewerDraftLeavesTheLiveRevisionAsItIs() {
		this.desk.create("desk-1", revision("desk-1", 1, "desk-lights", "初稿标题"), "[]", "{}");

		assertThat(this.articles.findByIds(List.of("desk-1"))).isEmpty();
		assertThat(this.articles.findBySlug("desk-lights")).isEmpty();
		EditorialArticle draft = this.desk.find("desk-1", Scope.EVERYWHERE).orElseThrow();
		assertThat(draft.state()).isEqualTo(ArticleState.DRAFT);
		assertThat(draft.caseIds()).containsExactly(LIGHTS);
		assertThat(draft.regionIds()).isNotEmpty();

		this.desk.publish("desk-1", AT);
		this.desk.revise(revision("desk-1", 2, "desk-lights-2", "第二稿标题"), ArticleState.DRAFT);

		StoredArticle live = this.articles.findBySlug("desk-lights").orElseThrow();
		assertThat(live.title()).isEqualTo("初稿标题");
		assertThat(live.revision()).isEqualTo(1);
		assertThat(this.desk.find("desk-1", Scope.EVERYWHERE).orElseThrow().revision().content().title())
			.isEqualTo("第二稿标题");

		this.desk.publish("desk-1", AT.plusSeconds(60));

		StoredArticle republished = this.articles.findBySlug("desk-lights").orElseThrow();
		assertThat(republished.slug()).isEqualTo("desk-lights-2");
		assertThat(republished.title()).isEqualTo("第二稿标题");
		assertThat(republished.publishedAt().toInstant()).isEqualTo(AT);
		assertThat(republished.revisedAt().toInstant()).isEqualTo(AT.plusSeconds(60));
		assertThat(this.desk.slugTaken("desk-lights", null)).isTrue();
		assertThat(this.desk.revisions("desk-1")).extracting(ArticleRevision::number).containsExactly(2, 1);
	}

	@Test
	void aTakenDownArticleIsGoneFromEveryPublicReadAndItsPublicationSequenceRises() {
		this.desk.create("desk-2", revision("desk-2", 1, "desk-down", "标题"), "[]", "{}");
		this.desk.publish("desk-2", AT);
		long published = this.articles.publication("desk-2").orElseThrow().sequence();

		this.desk.takeDown("desk-2", ArticleState.UNPUBLISHED, AT.plusSeconds(1));

		assertThat(this.articles.findByIds(List.of("desk-2"))).isEmpty();
		assertThat(this.articles.findBySlug("desk-down")).isEmpty();
		assertThat(this.articles.count(ArticleFilter.ALL)).isEqualTo(this.articles
			.page(ArticleFilter.ALL, ArticleFilter.SORTS.byKey(), org.grassroots.graph.paging.Seek.first(100))
			.items()
			.size());
		Publication gone = this.articles.publication("desk-2").orElseThrow();
		assertThat(gone.live()).isNull();
		assertThat(gone.sequence()).isEqualTo(published + 1);
	}

	@Test
	void anArticleOutOfScopeIsNeitherFoundNorLocked() {
		this.desk.create("desk-3", revision("desk-3", 1, "desk-scope", "标题"), "[]", "{}");
		Scope elsewhere = Scope.of(Set.of("no-such-region"));

		assertThat(this.desk.find("desk-3", elsewhere)).isEmpty();
		assertThat(this.desk.lock("desk-3", elsewhere)).isEmpty();
		assertThat(this.desk
			.page(new EditorialFilter(elsewhere, List.of(), null), EditorialFilter.SORTS.byKey(),
					org.grassroots.graph.paging.Seek.first(100))
			.items()).isEmpty();
	}

	@Test
	void scheduledActionsFallDueAtTheirTime() {
		this.desk.create("desk-4", revision("desk-4", 1, "desk-due", "标题"), "[]", "{}");
		this.desk.transition("desk-4", ArticleState.APPROVED, Map.of("publishAt", AT));

		assertThat(this.desk.due(AT.minusSeconds(1), 10)).doesNotContain("desk-4");
		assertThat(this.desk.due(AT, 10)).contains("desk-4");
		this.desk.publish("desk-4", AT);
		assertThat(this.desk.due(AT, 10)).doesNotContain("desk-4");
	}

	private static ArticleRevision revision(String id, int number, String slug, String title) {
		return new ArticleRevision(id, number, new ArticleContent(slug, title, "导语", "<p>正文</p>", "", List.of("路灯")),
				List.of(LIGHTS), "editor", AT, "");
	}

}
