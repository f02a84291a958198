package org.grassroots;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.grassroots.api.paging.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grassroots.StaffFixture.HESHAN;
import static org.grassroots.StaffFixture.NANCUN;
import static org.grassroots.StaffFixture.PENGJIANG;
import static org.grassroots.StaffFixture.classifications;
import static org.grassroots.StaffFixture.ok;

/**
 * The publishing workflow over HTTP against the real stores: who may take which step from
 * which state (one table), the four-eyes rule, revisions with their diff and restore,
 * checks before publishing, preview links, schedules, and what anonymous callers never
 * see.
 */
class PublishingWorkflowIT extends StaffIntegrationTest {

	static final String STORY = """
			id key state version liveRevision publicSlug formerSlugs reviewComment changedCases
			revision { number slug title standfirst bodyHtml author note }
			facts { caseKey label value sourceLabel sourceKey sourceProperty sourceValue }
			findings { field position kind masked }""";

	private HttpSyncGraphQlClient editor;

	private HttpSyncGraphQlClient publisher;

	private HttpSyncGraphQlClient secondPublisher;

	@BeforeEach
	void accounts() {
		this.editor = this.staff.as(this.staff.account("editor", "EDITOR", PENGJIANG));
		this.publisher = this.staff.as(this.staff.account("publisher", "PUBLISHER", PENGJIANG));
		String both = this.staff.account("both", "EDITOR", PENGJIANG);
		this.staff.admin().document("""
				mutation($u: String!) { grantRole(input: {username: $u, role: PUBLISHER, regionKey: "jm-pengjiang"}) {
				  account { username } } }""").variable("u", both).executeSync();
		this.secondPublisher = this.staff.as(both);
	}

	@Test
	void anEditorDraftsTheStreetLightStoryFromItsCaseAndSeesEachFactsSource() {
		Map<String, Object> story = ok(this.editor
			.document(
					"""
							mutation($c: [ID!]!, $s: String!) { draftArticle(input: {caseIds: $c, slug: $s}) { article { %s } } }"""
						.formatted(STORY))
			.variable("c", List.of(GlobalId.of("Case", "pengjiang-nancun-solar-street-lights")))
			.variable("s", "lights-draft-" + System.nanoTime())
			.executeSync()).field("draftArticle.article").toEntity(Map.class);

		assertThat(story.get("state")).isEqualTo("DRAFT");
		assertThat(path(story, "revision.title")).asString().contains("路灯");
		List<Map<String, Object>> facts = list(story, "facts");
		assertThat(facts).anySatisfy((fact) -> {
			assertThat(fact.get("label")).isEqualTo("地点");
			assertThat(fact.get("value")).asString().endsWith("蓬江区荷塘镇南村村");
			assertThat(fact.get("sourceLabel")).isEqualTo("Region");
			assertThat(fact.get("sourceKey")).isEqualTo(NANCUN);
		});
		assertThat(facts).anySatisfy((fact) -> {
			assertThat(fact.get("label")).isEqualTo("数量");
			assertThat(fact.get("sourceLabel")).isEqualTo("Case");
			assertThat(fact.get("sourceProperty")).isEqualTo("quantity");
			assertThat(fact.get("sourceValue")).isEqualTo("22");
		});
		assertThat(path(story, "revision.bodyHtml")).asString().contains("<table>", "<th scope=\"row\">数量</th>");
	}

	@Test
	void aPublisherIsRefusedApprovingTheirOwnEditAndApprovesAnothers() {
		Map<String, Object> story = draft(this.secondPublisher, caseKey());
		story = ok(step(this.secondPublisher, "submitArticle", story)).field("submitArticle.article")
			.toEntity(Map.class);

		ClientGraphQlResponse own = step(this.secondPublisher, "approveArticle", story);
		assertThat(classifications(own)).containsExactly("FORBIDDEN");
		assertThat(own.getErrors().getFirst().getMessage()).contains("Four-eyes");

		Map<String, Object> approved = ok(step(this.publisher, "approveArticle", story)).field("approveArticle.article")
			.toEntity(Map.class);
		assertThat(approved.get("state")).isEqualTo("APPROVED");
	}

	/** One row: a step, who takes it, from which state, and what happens. */
	record Rule(String step, String who, String state, String expected) {
	}

	static Stream<Arguments> workflowRules() {
		List<Arguments> rows = new ArrayList<>();
		Map<String, List<String>> allowedFrom = Map.of("saveArticle",
				List.of("DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "UNPUBLISHED"), "submitArticle",
				List.of("DRAFT"), "requestArticleChanges", List.of("IN_REVIEW", "APPROVED"), "approveArticle",
				List.of("IN_REVIEW"), "publishArticle", List.of("APPROVED"), "unpublishArticle", List.of("PUBLISHED"),
				"archiveArticle", List.of("DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "UNPUBLISHED"));
		Map<String, String> role = Map.of("saveArticle", "editor", "submitArticle", "editor", "requestArticleChanges",
				"publisher", "approveArticle", "publisher", "publishArticle", "publisher", "unpublishArticle",
				"publisher", "archiveArticle", "publisher");
		for (String step : allowedFrom.keySet().stream().sorted().toList()) {
			for (String state : List.of("DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "UNPUBLISHED", "ARCHIVED")) {
				for (String who : List.of("editor", "publisher")) {
					String expected = !role.get(step).equals(who) ? "FORBIDDEN"
							: allowedFrom.get(step).contains(state) ? "OK" : "WRONG_STATE";
					rows.add(Arguments.of(new Rule(step, who, state, expected)));
				}
			}
		}
		return rows.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void workflowRules(Rule rule) {
		Map<String, Object> story = storyIn(rule.state());
		HttpSyncGraphQlClient caller = rule.who().equals("editor") ? this.editor : this.publisher;

		ClientGraphQlResponse response = step(caller, rule.step(), story);

		if (rule.expected().equals("OK")) {
			ok(response);
		}
		else {
			assertThat(classifications(response)).containsExactly(rule.expected());
			Map<String, Object> after = read(story);
			assertThat(after.get("version")).as("a refusal changes nothing").isEqualTo(story.get("version"));
		}
	}

	@Test
	void anEditorOutsideTheStorysRegionsIsRefusedAndLearnsNothing() {
		HttpSyncGraphQlClient elsewhere = this.staff.as(this.staff.account("heshan-editor", "EDITOR", HESHAN));
		Map<String, Object> story = draft(this.editor, caseKey());

		ClientGraphQlResponse save = elsewhere.document(
				"""
						mutation($id: ID!, $v: Int!) { saveArticle(input: {id: $id, version: $v, title: "改"}) { article { key } } }""")
			.variable("id", story.get("id"))
			.variable("v", story.get("version"))
			.executeSync();
		ClientGraphQlResponse missing = elsewhere
			.document("""
					mutation { saveArticle(input: {id: "%s", version: 1, title: "改"}) { article { key } } }"""
				.formatted(GlobalId.of("Article", "story-nosuchone")))
			.executeSync();
		ClientGraphQlResponse draftThere = elsewhere
			.document("mutation($c: [ID!]!) { draftArticle(input: {caseIds: $c}) { article { key } } }")
			.variable("c", List.of(GlobalId.of("Case", caseKey())))
			.executeSync();

		assertThat(classifications(save)).containsExactly("FORBIDDEN");
		assertThat(save.getErrors().getFirst().getMessage().replace((String) story.get("key"), "…"))
			.isEqualTo(missing.getErrors().getFirst().getMessage().replace("story-nosuchone", "…"));
		assertThat(classifications(draftThere)).containsExactly("FORBIDDEN");
		assertThat(read(story).get("version")).isEqualTo(story.get("version"));
	}

	@Test
	void everySaveIsARevisionThatCanBeComparedAndRestored() {
		Map<String, Object> story = draft(this.editor, caseKey());
		story = save(this.editor, story, Map.of("title", "新标题", "bodyHtml", "<p>第一段</p><p>第二段改</p>", "note", "改写"));

		ClientGraphQlResponse diff = ok(this.editor.document(
				"""
						query($id: ID!) { articleDiff(id: $id, from: 1, to: 2) { fields { field before after } body { operation text } } }""")
			.variable("id", story.get("id"))
			.executeSync());
		assertThat(all(diff, "articleDiff.fields.field")).contains("title", "body");
		assertThat(all(diff, "articleDiff.body.operation")).contains("REMOVED", "ADDED");

		ClientGraphQlResponse restored = ok(this.editor.document("""
				mutation($id: ID!, $v: Int!) { restoreArticleRevision(input: {id: $id, version: $v, revision: 1}) {
				  article { revision { number title note } revisions { number author } } } }""")
			.variable("id", story.get("id"))
			.variable("v", story.get("version"))
			.executeSync());
		assertThat(restored.field("restoreArticleRevision.article.revision.number").toEntity(Integer.class))
			.isEqualTo(3);
		assertThat(restored.field("restoreArticleRevision.article.revision.title").toEntity(String.class))
			.isNotEqualTo("新标题");
		assertThat(all(restored, "restoreArticleRevision.article.revisions.number")).containsExactly(3, 2, 1);

		ClientGraphQlResponse stale = step(this.editor, "submitArticle", story);
		assertThat(classifications(stale)).containsExactly("CONFLICT");
	}

	@Test
	void bodiesKeepOnlyTheAllowlistOnEverySave() {
		Map<String, Object> story = draft(this.editor, caseKey());

		story = save(this.editor, story, Map.of("bodyHtml",
				"<p onclick=\"x()\">好<script>alert(1)</script><a href=\"javascript:alert(1)\">链接</a><a href=\"https://jiangmen.gov.cn\">江门</a></p><img src=x onerror=alert(1)>"));

		assertThat(path(story, "revision.bodyHtml")).isEqualTo(
				"<p>好<a rel=\"noopener nofollow\">链接</a><a href=\"https://jiangmen.gov.cn\" rel=\"noopener nofollow\">江门</a></p>");
	}

	@Test
	void aPhoneNumberBlocksPublishingUntilRemovedOrOverriddenWithAReason() {
		Map<String, Object> story = approved(
				Map.of("bodyHtml", "<p>村里路灯坏了请拨打13812345678联系。</p>", "standfirst", "路灯修好了"));

		ClientGraphQlResponse refused = step(this.publisher, "publishArticle", story);
		assertThat(classifications(refused)).containsExactly("CHECKS_FAILED");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> findings = (List<Map<String, Object>>) refused.getErrors()
			.getFirst()
			.getExtensions()
			.get("findings");
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.get("kind")).isEqualTo("MOBILE_NUMBER");
			assertThat(finding.get("field")).isEqualTo("body");
			assertThat(finding.get("masked")).isEqualTo("138******78");
		});
		assertThat(refused.getErrors().toString()).doesNotContain("13812345678");
		assertThat(read(story).get("state")).isEqualTo("APPROVED");

		ClientGraphQlResponse overridden = ok(this.publisher.document("""
				mutation($id: ID!, $v: Int!) { publishArticle(input: {id: $id, version: $v, overrideReason: "单位公开热线"}) {
				  article { state liveRevision } } }""")
			.variable("id", story.get("id"))
			.variable("v", story.get("version"))
			.executeSync());
		assertThat(overridden.field("publishArticle.article.state").toEntity(String.class)).isEqualTo("PUBLISHED");
		ClientGraphQlResponse audit = ok(this.staff.admin().document("""
				query($k: String!) { auditEvents(filter: {targetKey: $k, action: "publishArticle"}) {
				  edges { node { changes { field after } } } } }""").variable("k", story.get("key")).executeSync());
		assertThat(all(audit, "auditEvents.edges.node.changes.after")).contains("\"单位公开热线\"");
	}

	@Test
	void aResidentNamedInTheStoryNeedsAConsentRecordedOnTheCaseButADeputyDoesNot() {
		Map<String, Object> kase = this.staff.caseIn(NANCUN, "MICRO_PROJECT");
		Map<String, Object> story = save(this.editor, draft(this.editor, (String) kase.get("key")),
				Map.of("bodyHtml", "<p>村民李国明说，路灯亮了。代表张苑说，这是本分。</p>"));
		assertThat(list(story, "findings")).singleElement().satisfies((finding) -> {
			assertThat(finding.get("kind")).isEqualTo("NAMED_RESIDENT");
			assertThat(finding.get("masked")).isEqualTo("李**");
		});

		ok(this.staff.admin()
			.document(
					"""
							mutation($id: ID!, $v: Int!) { updateCase(input: {id: $id, version: $v, residentConsents: ["李国明"]}) {
							  case { version } } }""")
			.variable("id", kase.get("id"))
			.variable("v", kase.get("version"))
			.executeSync());

		assertThat(list(read(story), "findings")).isEmpty();
	}

	@Test
	void aPublishedStoryKeepsServingItsRevisionWhileANewOneIsWorkedOnAndAFormerSlugStillFindsIt() {
		Map<String, Object> story = published(Map.of("title", "第一版标题", "slug", "ws-" + System.nanoTime()));
		String firstSlug = (String) path(story, "revision.slug");

		story = save(this.editor, story, Map.of("title", "第二版标题", "slug", firstSlug + "-v2"));
		ClientGraphQlResponse live = ok(this.anonymous
			.document("query($s: String!) { article(slug: $s) { redirected article { title slug revision } } }")
			.variable("s", firstSlug)
			.executeSync());
		assertThat(live.field("article.article.title").toEntity(String.class)).isEqualTo("第一版标题");
		assertThat(live.field("article.redirected").toEntity(Boolean.class)).isFalse();

		story = ok(step(this.editor, "submitArticle", story)).field("submitArticle.article").toEntity(Map.class);
		story = ok(step(this.publisher, "approveArticle", story)).field("approveArticle.article").toEntity(Map.class);
		ok(step(this.publisher, "publishArticle", story));

		ClientGraphQlResponse moved = ok(this.anonymous
			.document("query($s: String!) { article(slug: $s) { redirected article { title slug revision } } }")
			.variable("s", firstSlug)
			.executeSync());
		assertThat(moved.field("article.redirected").toEntity(Boolean.class)).isTrue();
		assertThat(moved.field("article.article.slug").toEntity(String.class)).isEqualTo(firstSlug + "-v2");
		assertThat(moved.field("article.article.title").toEntity(String.class)).isEqualTo("第二版标题");
	}

	@Test
	void unpublishingTakesTheStoryOutOfSearchWithinSeconds() {
		// One token, found in this story alone, whatever else is published
		String word = "unique" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		Map<String, Object> story = published(Map.of("title", "路灯故事" + word));
		String query = "{ searchArticles(query: \"" + word + "\") { totalCount } }";
		searchUntil(query, (response) -> response.field("searchArticles.totalCount").toEntity(Integer.class) == 1);

		long started = System.nanoTime();
		ok(step(this.publisher, "unpublishArticle", read(story)));
		searchUntil(query, (response) -> response.field("searchArticles.totalCount").toEntity(Integer.class) == 0);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void aPreviewLinkShowsTheDraftWithoutAnAccountUntilANewerRevisionIsSaved() {
		Map<String, Object> story = save(this.editor, draft(this.editor, caseKey()), Map.of("title", "预览标题"));
		String token = ok(this.editor
			.document("mutation($id: ID!) { createArticlePreview(input: {id: $id}) { preview { token revision } } }")
			.variable("id", story.get("id"))
			.executeSync()).field("createArticlePreview.preview.token").toEntity(String.class);
		String preview = "query($t: String!) { articlePreview(token: $t) { key revision { title } } }";

		ClientGraphQlResponse shown = ok(this.anonymous.document(preview).variable("t", token).executeSync());
		assertThat(shown.field("articlePreview.revision.title").toEntity(String.class)).isEqualTo("预览标题");

		save(this.editor, story, Map.of("title", "更新"));
		ClientGraphQlResponse superseded = this.anonymous.document(preview).variable("t", token).executeSync();
		ClientGraphQlResponse forged = this.anonymous.document(preview)
			.variable("t", token.substring(0, token.length() - 2) + "xx")
			.executeSync();
		assertThat(classifications(superseded)).containsExactly("NOT_FOUND");
		assertThat(superseded.getErrors().getFirst().getMessage())
			.isEqualTo(forged.getErrors().getFirst().getMessage());
	}

	@Test
	void aScheduledStoryIsPublishedOnTimeAndTakenDownOnTime() {
		Map<String, Object> story = approved(Map.of());
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));

		ok(this.publisher.document(
				"""
						mutation($id: ID!, $v: Int!, $p: String!, $u: String!) {
						  scheduleArticle(input: {id: $id, version: $v, publishAt: $p, unpublishAt: $u}) { article { publishAt } } }""")
			.variable("id", story.get("id"))
			.variable("v", story.get("version"))
			.variable("p", now.plusSeconds(2).toLocalDateTime().toString())
			.variable("u", now.plusSeconds(5).toString())
			.executeSync());

		await().atMost(Duration.ofSeconds(9)).until(() -> "PUBLISHED".equals(read(story).get("state")));
		assertThat(read(story).get("liveRevision")).isNotNull();
		await().atMost(Duration.ofSeconds(9)).until(() -> "UNPUBLISHED".equals(read(story).get("state")));
		assertThat(read(story).get("liveRevision")).isNull();
	}

	@Test
	void aCaseChangedAfterDraftingIsFlaggedOnTheDraft() {
		Map<String, Object> kase = this.staff.caseIn(NANCUN, "MICRO_PROJECT");
		Map<String, Object> story = draft(this.editor, (String) kase.get("key"));
		assertThat(list(story, "changedCases")).isEmpty();

		ok(this.staff.admin()
			.document(
					"""
							mutation($id: ID!, $v: Int!) { updateCase(input: {id: $id, version: $v, title: "改过的标题"}) { case { version } } }""")
			.variable("id", kase.get("id"))
			.variable("v", kase.get("version"))
			.executeSync());

		assertThat(read(story).get("changedCases")).isEqualTo(List.of(kase.get("key")));
	}

	@Test
	void anonymousCallersSeeNoDraftThroughAnyPath() {
		// One token, in this draft alone: any hit would be a leak
		String word = "draftsecret" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		Map<String, Object> story = save(this.editor, draft(this.editor, caseKey()),
				Map.of("title", word, "bodyHtml", "<p>" + word + "</p>", "slug", "draft-" + System.nanoTime()));
		String id = (String) story.get("id");
		String slug = (String) path(story, "revision.slug");

		ClientGraphQlResponse response = this.anonymous.document("""
				query($id: ID!, $ids: [ID!]!, $s: String!, $w: String!) {
				  node(id: $id) { id }
				  nodes(ids: $ids) { id }
				  article(slug: $s) { article { title } }
				  articles(first: 100, filter: {titleContains: $w}) { totalCount edges { node { title } } }
				  searchArticles(query: $w) { totalCount }
				}""")
			.variable("id", id)
			.variable("ids", List.of(id))
			.variable("s", slug)
			.variable("w", word)
			.executeSync();
		ClientGraphQlResponse staffOnly = this.anonymous
			.document("query($id: ID!) { editorialArticle(id: $id) { revision { title } } }")
			.variable("id", id)
			.executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.toString()).doesNotContain(word);
		assertThat((Object) response.field("node").getValue()).isNull();
		assertThat(response.field("articles.totalCount").toEntity(Integer.class)).isZero();
		assertThat(response.field("searchArticles.totalCount").toEntity(Integer.class)).isZero();
		assertThat(classifications(staffOnly)).containsExactly("UNAUTHORIZED");
		assertThat(staffOnly.toString()).doesNotContain(word);
	}

	// Fixtures

	private String caseKey() {
		return (String) this.staff.caseIn(NANCUN, "MICRO_PROJECT").get("key");
	}

	/** A story in the state, through the workflow. */
	private Map<String, Object> storyIn(String state) {
		return switch (state) {
			case "DRAFT" -> draft(this.editor, caseKey());
			case "IN_REVIEW" ->
				ok(step(this.editor, "submitArticle", draft(this.editor, caseKey()))).field("submitArticle.article")
					.toEntity(Map.class);
			case "APPROVED" -> approved(Map.of());
			case "PUBLISHED" -> published(Map.of());
			case "UNPUBLISHED" ->
				ok(step(this.publisher, "unpublishArticle", published(Map.of()))).field("unpublishArticle.article")
					.toEntity(Map.class);
			case "ARCHIVED" -> ok(step(this.publisher, "archiveArticle", draft(this.editor, caseKey())))
				.field("archiveArticle.article")
				.toEntity(Map.class);
			default -> throw new IllegalArgumentException(state);
		};
	}

	private Map<String, Object> approved(Map<String, Object> changes) {
		Map<String, Object> story = draft(this.editor, caseKey());
		if (!changes.isEmpty()) {
			story = save(this.editor, story, changes);
		}
		story = ok(step(this.editor, "submitArticle", story)).field("submitArticle.article").toEntity(Map.class);
		return ok(step(this.publisher, "approveArticle", story)).field("approveArticle.article").toEntity(Map.class);
	}

	private Map<String, Object> published(Map<String, Object> changes) {
		return ok(step(this.publisher, "publishArticle", approved(changes))).field("publishArticle.article")
			.toEntity(Map.class);
	}

	static Map<String, Object> draft(HttpSyncGraphQlClient client, String caseKey) {
		return ok(client
			.document("mutation($c: [ID!]!) { draftArticle(input: {caseIds: $c}) { article { " + STORY + " } } }")
			.variable("c", List.of(GlobalId.of("Case", caseKey)))
			.executeSync()).field("draftArticle.article").toEntity(Map.class);
	}

	static Map<String, Object> save(HttpSyncGraphQlClient client, Map<String, Object> story,
			Map<String, Object> changes) {
		Map<String, Object> input = new java.util.HashMap<>(changes);
		input.put("id", story.get("id"));
		input.put("version", story.get("version"));
		return ok(client
			.document(
					"mutation($input: SaveArticleInput!) { saveArticle(input: $input) { article { " + STORY + " } } }")
			.variable("input", input)
			.executeSync()).field("saveArticle.article").toEntity(Map.class);
	}

	static ClientGraphQlResponse step(HttpSyncGraphQlClient client, String mutation, Map<String, Object> story) {
		String extra = switch (mutation) {
			case "requestArticleChanges" -> ", comment: \"请补充受益户数\"";
			case "saveArticle" -> ", title: \"改一改\"";
			default -> "";
		};
		return client
			.document("mutation($id: ID!, $v: Int!) { %s(input: {id: $id, version: $v%s}) { article { %s } } }"
				.formatted(mutation, extra, STORY))
			.variable("id", story.get("id"))
			.variable("v", story.get("version"))
			.executeSync();
	}

	private Map<String, Object> read(Map<String, Object> story) {
		return ok(this.staff.admin()
			.document("query($id: ID!) { editorialArticle(id: $id) { " + STORY + " } }")
			.variable("id", story.get("id"))
			.executeSync()).field("editorialArticle").toEntity(Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Object path(Map<String, Object> map, String path) {
		Object value = map;
		for (String name : path.split("\\.")) {
			value = ((Map<String, Object>) value).get(name);
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String name) {
		return (List<Map<String, Object>>) map.get(name);
	}

}
