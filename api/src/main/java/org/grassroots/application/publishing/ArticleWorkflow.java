package org.grassroots.application.publishing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.grassroots.application.access.Caller;
import org.grassroots.application.failure.Checks;
import org.grassroots.application.failure.ChecksFailed;
import org.grassroots.application.failure.Conflict;
import org.grassroots.application.failure.Forbidden;
import org.grassroots.application.failure.InvalidFields;
import org.grassroots.application.failure.NotFound;
import org.grassroots.application.failure.WrongState;
import org.grassroots.application.journal.Mutations;
import org.grassroots.application.journal.Recorder;
import org.grassroots.application.publishing.ArticleInputs.NewDraft;
import org.grassroots.application.publishing.ArticleInputs.Revision;
import org.grassroots.application.publishing.ArticleInputs.Schedule;
import org.grassroots.application.publishing.PreviewTokens.Grant;
import org.grassroots.application.publishing.WorkflowRules.Action;
import org.grassroots.graph.access.Scope;
import org.grassroots.graph.article.ArticleContent;
import org.grassroots.graph.article.ArticleDesk;
import org.grassroots.graph.article.ArticleRevision;
import org.grassroots.graph.article.ArticleState;
import org.grassroots.graph.article.CaseSheet;
import org.grassroots.graph.article.EditorialArticle;
import org.grassroots.graph.article.EditorialFilter;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Seek;
import org.grassroots.publisher.article.ArticleDiff;
import org.grassroots.publisher.article.ArticleHtml;
import org.grassroots.publisher.article.Draft;
import org.grassroots.publisher.article.DraftWriter;
import org.grassroots.publisher.article.Fact;
import org.grassroots.publisher.article.Finding;
import org.grassroots.publisher.article.PrepublishChecks;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Stories from draft to publication. Each action is one transaction: the article is
 * locked and read in the caller's scope, its version compared with the one the client
 * read, the rule for its state checked, the change written, and the audit event and the
 * domain events recorded with it. Publications, take-downs and archiving raise the events
 * that search and webhooks receive.
 */
@Service
public class ArticleWorkflow {

	static final String TYPE = "Article";

	/** Who runs scheduled actions, in the audit trail. */
	static final Caller SCHEDULER = new Caller("scheduler", true, Map.of());

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final int MAX_CASES = 20;

	private static final int MAX_TAGS = 20;

	private static final int MAX_BODY = 100_000;

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private final ArticleDesk desk;

	private final Mutations mutations;

	private final JsonMapper json;

	private final PublishingProperties properties;

	private final PreviewTokens tokens;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ArticleWorkflow(ArticleDesk desk, Mutations mutations, JsonMapper json,
			ObjectProvider<PublishingProperties> properties, ObjectProvider<Clock> clock) {
		this.desk = desk;
		this.mutations = mutations;
		this.json = json;
		this.properties = properties.getIfAvailable(() -> PublishingProperties.DEFAULTS);
		this.tokens = new PreviewTokens(this.properties);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	// Reads

	/** An article in the caller's regions. */
	public EditorialArticle find(Caller caller, String id) {
		Scope scope = caller.require(WorkflowRules.roles(Action.READ));
		return this.desk.find(id, scope).orElseThrow(() -> outOfScope(id));
	}

	/** The filter of the caller's articles. */
	public EditorialFilter filter(Caller caller, List<ArticleState> states, @Nullable String titleContains) {
		return new EditorialFilter(caller.require(WorkflowRules.roles(Action.READ)),
				states.stream().map(Enum::name).toList(), titleContains);
	}

	public Page<EditorialArticle> page(EditorialFilter filter, Order order, Seek seek) {
		return this.desk.page(filter, order, seek);
	}

	public long count(EditorialFilter filter) {
		return this.desk.count(filter);
	}

	/** Every revision of an article, the newest first. */
	public List<ArticleRevision> revisions(Caller caller, String id) {
		return revisions(find(caller, id));
	}

	/** Every revision of an article the caller has read, the newest first. */
	public List<ArticleRevision> revisions(EditorialArticle article) {
		return this.desk.revisions(article.id());
	}

	/**
	 * What changed from one revision to another.
	 */
	public RevisionDiff diff(Caller caller, String id, int from, int to) {
		find(caller, id);
		ArticleRevision before = this.desk.revision(id, from)
			.orElseThrow(() -> new InvalidFields("from", "Article '" + id + "' has no revision " + from));
		ArticleRevision after = this.desk.revision(id, to)
			.orElseThrow(() -> new InvalidFields("to", "Article '" + id + "' has no revision " + to));
		List<String> names = List.of("slug", "title", "standfirst", "coverText", "tags", "cases", "body");
		return new RevisionDiff(from, to, ArticleDiff.fields(names, fields(before), fields(after)),
				ArticleDiff.text(before.content().bodyHtml(), after.content().bodyHtml()));
	}

	/**
	 * @param fields the fields that differ
	 * @param body the body's text paragraph by paragraph
	 */
	public record RevisionDiff(int from, int to, List<ArticleDiff.FieldChange> fields, List<ArticleDiff.Line> body) {
	}

	private static List<@Nullable String> fields(ArticleRevision revision) {
		ArticleContent content = revision.content();
		return Arrays.asList(content.slug(), content.title(), content.standfirst(), content.coverText(),
				String.join(", ", content.tags()), String.join(", ", revision.caseIds()),
				ArticleHtml.toPlainText(content.bodyHtml()));
	}

	/** The facts of the first draft with their sources. */
	public List<Fact> facts(EditorialArticle article) {
		return this.json.readValue(article.facts(), new TypeReference<List<Fact>>() {
		});
	}

	/** The cases changed since the article was drafted from them. */
	public List<String> changedCases(EditorialArticle article) {
		Map<String, Long> drafted = this.json.readValue(article.draftedCaseVersions(),
				new TypeReference<Map<String, Long>>() {
				});
		return article.caseVersions()
			.entrySet()
			.stream()
			.filter((current) -> drafted.containsKey(current.getKey())
					&& drafted.get(current.getKey()) < current.getValue())
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	/** What the pre-publish checks find in the working revision now. */
	public List<Finding> findings(EditorialArticle article) {
		ArticleContent content = article.revision().content();
		Set<String> consents = this.desk.consents(article.caseIds());
		return PrepublishChecks
			.check(new PrepublishChecks.Subject(content.title(), content.standfirst(), content.coverText(),
					content.bodyHtml(), content.tags(), article.caseIds().size(), article.regionIds().size(), consents),
					this.desk::deputiesNamed);
	}

	// Writing

	/** A first draft written from the cases' graph, in the editor's regions. */
	public EditorialArticle draft(Caller caller, NewDraft input) {
		Scope scope = caller.require(WorkflowRules.roles(Action.DRAFT));
		List<String> caseIds = List.copyOf(new LinkedHashSet<>(input.caseIds()));
		Checks checks = Checks.ofInput()
			.require(!caseIds.isEmpty(), "caseIds", "A story tells at least one case (caseIds)")
			.keys("caseIds", "案例", caseIds, MAX_CASES);
		checkSlug(checks, input.slug());
		checks.orThrow();
		String key = this.mutations.create(caller, "draftArticle", input.idempotencyKey(), input, (recorder) -> {
			List<CaseSheet> sheets = this.desk.sheets(caseIds, scope);
			if (sheets.size() != caseIds.size()) {
				throw new Forbidden("Some of the cases " + caseIds + " are not in your regions");
			}
			Draft draft = DraftWriter.draft(sheets);
			String slug = (input.slug() != null) ? input.slug() : freeSlug(caseIds.get(0));
			if (this.desk.slugTaken(slug, null)) {
				throw new InvalidFields("input.slug", "The slug '" + slug + "' is taken by another article");
			}
			String id = newId();
			Map<String, Long> versions = new LinkedHashMap<>();
			sheets.forEach((sheet) -> versions.put(sheet.id(), sheet.version()));
			ArticleRevision first = new ArticleRevision(id, 1, new ArticleContent(slug, draft.title(),
					draft.standfirst(), draft.bodyHtml(), draft.coverText(), List.of()), caseIds, caller.signedIn(),
					now(), "初稿：由案例生成");
			this.desk.create(id, first, this.json.writeValueAsString(draft.facts()),
					this.json.writeValueAsString(versions));
			recorder.target(TYPE, id, regionOf(sheets.get(0)))
				.changed("state", null, ArticleState.DRAFT.name())
				.changed("cases", null, caseIds)
				.event("ArticleDrafted", Map.of("caseIds", caseIds, "revision", 1));
			return id;
		});
		return this.desk.find(key, Scope.EVERYWHERE).orElseThrow();
	}

	/**
	 * The administrators' shortcut: drafts the case's story (or a new revision of it,
	 * when it was published this way before), approves and publishes it in one
	 * transaction. The checks still apply.
	 * @return the article's key
	 */
	public String publishCase(Caller caller, String caseId, @Nullable String overrideReason) {
		caller.requireAdmin();
		checkOverride(overrideReason);
		String id = "article-" + caseId;
		return this.mutations.run(caller, "publishCase", (recorder) -> {
			List<CaseSheet> sheets = this.desk.sheets(List.of(caseId), Scope.EVERYWHERE);
			if (sheets.isEmpty()) {
				throw new NotFound("No case '" + caseId + "'", caseId);
			}
			Draft draft = DraftWriter.draft(sheets);
			Optional<EditorialArticle> existing = this.desk.lock(id, Scope.EVERYWHERE);
			if (existing.isPresent() && existing.get().state() == ArticleState.ARCHIVED) {
				throw new WrongState("The case's story was archived", ArticleState.ARCHIVED.name());
			}
			String slug = existing.map((article) -> article.revision().content().slug())
				.orElseGet(() -> freeSlug(caseId));
			int number = existing.map((article) -> article.revision().number() + 1).orElse(1);
			ArticleRevision revision = new ArticleRevision(id, number,
					new ArticleContent(slug, draft.title(), draft.standfirst(), draft.bodyHtml(), draft.coverText(),
							existing.map((article) -> article.revision().content().tags()).orElse(List.of())),
					List.of(caseId), caller.signedIn(), now(), "由案例直接发布");
			if (existing.isEmpty()) {
				this.desk.create(id, revision, this.json.writeValueAsString(draft.facts()),
						this.json.writeValueAsString(Map.of(caseId, sheets.get(0).version())));
			}
			else {
				this.desk.revise(revision, ArticleState.DRAFT);
			}
			EditorialArticle article = this.desk.find(id, Scope.EVERYWHERE).orElseThrow();
			recorder.target(TYPE, id, regionOf(sheets.get(0))).changed("approvedBy", null, caller.signedIn());
			publishNow(article, overrideReason, recorder);
			return id;
		});
	}

	/** Saves a new revision; the article goes back to {@code DRAFT}. */
	public EditorialArticle save(Caller caller, String id, Revision input) {
		Scope scope = caller.require(WorkflowRules.roles(Action.SAVE));
		Checks checks = Checks.ofInput()
			.text("title", "标题", input.title(), false, 200)
			.text("standfirst", "导语", input.standfirst(), false, 1_000)
			.text("coverText", "封面文字", input.coverText(), false, 200)
			.text("note", "修改说明", input.note(), false, 500)
			.keys("caseIds", "案例", input.caseIds(), MAX_CASES)
			.require(input.caseIds() == null || !input.caseIds().isEmpty(), "caseIds",
					"A story tells at least one case (caseIds)")
			.require(input.bodyHtml() == null || input.bodyHtml().length() <= MAX_BODY, "bodyHtml",
					"正文 (bodyHtml) has at most " + MAX_BODY + " characters");
		checkSlug(checks, input.slug());
		checkTags(checks, input.tags());
		checks.orThrow();
		return act(caller, "saveArticle", id, input.version(), Action.SAVE, scope, (article, recorder) -> {
			List<String> caseIds = (input.caseIds() != null) ? List.copyOf(new LinkedHashSet<>(input.caseIds()))
					: article.caseIds();
			if (input.caseIds() != null && this.desk.sheets(caseIds, scope).size() != caseIds.size()) {
				throw new Forbidden("Some of the cases " + caseIds + " are not in your regions");
			}
			ArticleContent was = article.revision().content();
			ArticleContent content = new ArticleContent(or(input.slug(), was.slug()), or(input.title(), was.title()),
					or(input.standfirst(), was.standfirst()),
					(input.bodyHtml() != null) ? ArticleHtml.sanitize(input.bodyHtml()) : was.bodyHtml(),
					or(input.coverText(), was.coverText()), (input.tags() != null) ? input.tags() : was.tags());
			if (!content.slug().equals(was.slug()) && this.desk.slugTaken(content.slug(), id)) {
				throw new InvalidFields("input.slug", "The slug '" + content.slug() + "' is taken by another article");
			}
			int number = article.revision().number() + 1;
			this.desk.revise(new ArticleRevision(id, number, content, caseIds, caller.signedIn(), now(),
					(input.note() != null) ? input.note() : ""), ArticleState.DRAFT);
			changes(recorder, was, content).changed("revision", article.revision().number(), number)
				.changed("state", article.state().name(), ArticleState.DRAFT.name())
				.event("ArticleRevised", Map.of("revision", number));
		});
	}

	/** Saves an earlier revision's content as a new revision. */
	public EditorialArticle restore(Caller caller, String id, long version, int number) {
		Scope scope = caller.require(WorkflowRules.roles(Action.RESTORE_REVISION));
		return act(caller, "restoreArticleRevision", id, version, Action.RESTORE_REVISION, scope,
				(article, recorder) -> {
					ArticleRevision old = this.desk.revision(id, number)
						.orElseThrow(() -> new InvalidFields("input.revision",
								"Article '" + id + "' has no revision " + number));
					if (!old.content().slug().equals(article.revision().content().slug())
							&& this.desk.slugTaken(old.content().slug(), id)) {
						throw new InvalidFields("input.revision",
								"Revision " + number + "'s slug '" + old.content().slug() + "' is now taken");
					}
					int next = article.revision().number() + 1;
					this.desk.revise(new ArticleRevision(id, next, old.content(), old.caseIds(), caller.signedIn(),
							now(), "恢复第" + number + "版"), ArticleState.DRAFT);
					changes(recorder, article.revision().content(), old.content())
						.changed("revision", article.revision().number(), next)
						.changed("restoredFrom", null, number)
						.event("ArticleRevised", Map.of("revision", next, "restoredFrom", number));
				});
	}

	/** Hands the draft to the publishers. */
	public EditorialArticle submit(Caller caller, String id, long version) {
		Scope scope = caller.require(WorkflowRules.roles(Action.SUBMIT));
		return act(caller, "submitArticle", id, version, Action.SUBMIT, scope, (article, recorder) -> move(article,
				ArticleState.IN_REVIEW, recorder, "ArticleSubmitted", mapOf("reviewComment", null)));
	}

	/** Sends the article back to its editors with what to change. */
	public EditorialArticle requestChanges(Caller caller, String id, long version, String comment) {
		Scope scope = caller.require(WorkflowRules.roles(Action.REQUEST_CHANGES));
		Checks.ofInput().text("comment", "修改意见", comment, true, 2_000).orThrow();
		return act(caller, "requestArticleChanges", id, version, Action.REQUEST_CHANGES, scope, (article, recorder) -> {
			move(article, ArticleState.DRAFT, recorder, "ArticleChangesRequested",
					mapOf("reviewComment", comment, "approvedBy", null));
			recorder.changed("reviewComment", article.reviewComment(), comment);
		});
	}

	/**
	 * Approves the working revision; under the four-eyes rule its last editor cannot.
	 */
	public EditorialArticle approve(Caller caller, String id, long version) {
		Scope scope = caller.require(WorkflowRules.roles(Action.APPROVE));
		return act(caller, "approveArticle", id, version, Action.APPROVE, scope, (article, recorder) -> {
			if (this.properties.fourEyes() && article.revision().author().equals(caller.signedIn())) {
				throw new Forbidden("Four-eyes rule: you saved revision " + article.revision().number()
						+ " of this article, so someone else must approve it");
			}
			move(article, ArticleState.APPROVED, recorder, "ArticleApproved",
					mapOf("approvedBy", caller.signedIn(), "reviewComment", null));
		});
	}

	/**
	 * Publishes the approved revision at once, replacing a live one; refused with the
	 * findings of the checks unless overridden with a reason.
	 */
	public EditorialArticle publish(Caller caller, String id, long version, @Nullable String overrideReason) {
		Scope scope = caller.require(WorkflowRules.roles(Action.PUBLISH));
		checkOverride(overrideReason);
		return act(caller, "publishArticle", id, version, Action.PUBLISH, scope,
				(article, recorder) -> publishNow(article, overrideReason, recorder));
	}

	private void publishNow(EditorialArticle article, @Nullable String overrideReason, Recorder recorder) {
		List<Finding> findings = findings(article);
		if (!findings.isEmpty() && overrideReason == null) {
			throw checksFailed(findings);
		}
		this.desk.publish(article.id(), now());
		if (!findings.isEmpty()) {
			recorder.changed("overriddenFindings", null, findings.stream().map((f) -> f.kind().name()).toList())
				.changed("overrideReason", null, overrideReason);
		}
		ArticleContent content = article.revision().content();
		recorder.changed("state", article.state().name(), ArticleState.PUBLISHED.name())
			.changed("liveRevision", article.liveRevision(), article.revision().number())
			.event("ArticlePublished",
					Map.of("revision", article.revision().number(), "sequence", article.sequence() + 1, "slug",
							content.slug(), "title", content.title(), "republished", article.live()));
	}

	/**
	 * Sets when the article is published (it must be approved) and when it is taken down;
	 * a null time clears it. The checks run now too, so that a scheduled publication is
	 * not refused unseen.
	 */
	public EditorialArticle schedule(Caller caller, String id, Schedule input) {
		Scope scope = caller.require(WorkflowRules.roles(Action.SCHEDULE));
		checkOverride(input.overrideReason());
		Instant now = now();
		Checks.ofInput()
			.require(input.publishAt() == null || input.publishAt().isAfter(now), "publishAt",
					"publishAt must lie in the future")
			.require(input.unpublishAt() == null || input.unpublishAt().isAfter(now), "unpublishAt",
					"unpublishAt must lie in the future")
			.require(
					input.publishAt() == null || input.unpublishAt() == null
							|| input.unpublishAt().isAfter(input.publishAt()),
					"unpublishAt", "unpublishAt must follow publishAt")
			.orThrow();
		return act(caller, "scheduleArticle", id, input.version(), Action.SCHEDULE, scope, (article, recorder) -> {
			if (input.publishAt() != null && article.state() != ArticleState.APPROVED) {
				throw new WrongState(
						"Only an approved article can be scheduled for publication; this one is " + article.state(),
						article.state().name());
			}
			if (input.unpublishAt() != null && !article.live() && input.publishAt() == null
					&& article.publishAt() == null) {
				throw new WrongState("Only a live or scheduled article can be scheduled to be taken down",
						article.state().name());
			}
			if (input.publishAt() != null) {
				List<Finding> findings = findings(article);
				if (!findings.isEmpty() && input.overrideReason() == null) {
					throw checksFailed(findings);
				}
			}
			this.desk.transition(id, article.state(), mapOf("publishAt", input.publishAt(), "unpublishAt",
					input.unpublishAt(), "overrideReason", input.overrideReason()));
			recorder.target(TYPE, id, regionOf(article))
				.changed("publishAt", article.publishAt(), input.publishAt())
				.changed("unpublishAt", article.unpublishAt(), input.unpublishAt())
				.event("ArticleScheduled", mapOf("publishAt", Objects.toString(input.publishAt(), null), "unpublishAt",
						Objects.toString(input.unpublishAt(), null)));
			if (input.overrideReason() != null) {
				recorder.changed("overrideReason", null, input.overrideReason());
			}
		});
	}

	/** Takes the live revision down; the working revision stays for editing. */
	public EditorialArticle unpublish(Caller caller, String id, long version) {
		Scope scope = caller.require(WorkflowRules.roles(Action.UNPUBLISH));
		return act(caller, "unpublishArticle", id, version, Action.UNPUBLISH, scope,
				(article, recorder) -> takeDown(article, recorder, "manual"));
	}

	private void takeDown(EditorialArticle article, Recorder recorder, String reason) {
		if (!article.live()) {
			throw new WrongState("The article is not published", article.state().name());
		}
		ArticleState state = (article.state() == ArticleState.PUBLISHED) ? ArticleState.UNPUBLISHED : article.state();
		this.desk.takeDown(article.id(), state, now());
		recorder.changed("state", article.state().name(), state.name())
			.changed("liveRevision", article.liveRevision(), null)
			.event("ArticleUnpublished", Map.of("revision", Objects.requireNonNull(article.liveRevision()), "sequence",
					article.sequence() + 1, "reason", reason));
	}

	/** Retires the article: taken down if live, never edited again, previews dead. */
	public EditorialArticle archive(Caller caller, String id, long version) {
		Scope scope = caller.require(WorkflowRules.roles(Action.ARCHIVE));
		return act(caller, "archiveArticle", id, version, Action.ARCHIVE, scope, (article, recorder) -> {
			this.desk.takeDown(id, ArticleState.ARCHIVED, now());
			recorder.changed("state", article.state().name(), ArticleState.ARCHIVED.name())
				.event("ArticleArchived", Map.of("sequence", article.sequence() + 1, "wasLive", article.live()));
		});
	}

	/**
	 * Runs what is due for the article: its publication (if still approved and the checks
	 * pass or were overridden) or its take-down. Locked first, so that of two instances
	 * only one acts, once.
	 * @return whether anything was done
	 */
	public boolean runDue(String id) {
		return this.mutations.run(SCHEDULER, "runScheduledAction", (recorder) -> {
			Optional<EditorialArticle> locked = this.desk.lock(id, Scope.EVERYWHERE);
			if (locked.isEmpty()) {
				recorder.target(TYPE, id, null);
				return false;
			}
			EditorialArticle article = locked.get();
			Instant now = now();
			recorder.target(TYPE, id, regionOf(article));
			if (article.publishAt() != null && !article.publishAt().isAfter(now)) {
				if (article.state() != ArticleState.APPROVED) {
					this.desk.transition(id, article.state(), mapOf("publishAt", null));
					recorder.changed("publishAt", article.publishAt(), null)
						.changed("skipped", null, "not approved: " + article.state());
					return true;
				}
				List<Finding> findings = findings(article);
				String override = article.overrideReason();
				if (!findings.isEmpty() && override == null) {
					this.desk.transition(id, article.state(), mapOf("publishAt", null));
					recorder.changed("publishAt", article.publishAt(), null)
						.changed("skipped", null, "checks found " + findings.size() + " problem(s)")
						.event("ArticleScheduledPublicationRefused", Map.of("findings", findings.size()));
					return true;
				}
				publishNow(article, override, recorder);
				return true;
			}
			if (article.unpublishAt() != null && !article.unpublishAt().isAfter(now)) {
				if (article.live()) {
					takeDown(article, recorder, "expired");
				}
				else {
					this.desk.transition(id, article.state(), mapOf("unpublishAt", null));
					recorder.changed("unpublishAt", article.unpublishAt(), null);
				}
				return true;
			}
			recorder.changed("skipped", null, "nothing due");
			return false;
		});
	}

	/** Articles with an action due now. */
	public List<String> due(int limit) {
		return this.desk.due(now(), limit);
	}

	// Preview

	/**
	 * A link to the working revision for a frontend, valid until it expires, a newer
	 * revision is saved or the article is archived.
	 */
	public PreviewLink preview(Caller caller, String id) {
		Scope scope = caller.require(WorkflowRules.roles(Action.PREVIEW));
		EditorialArticle article = this.desk.find(id, scope).orElseThrow(() -> outOfScope(id));
		if (!WorkflowRules.allows(Action.PREVIEW, article.state())) {
			throw new WrongState("An archived article has no preview", article.state().name());
		}
		Instant expiresAt = now().plus(this.properties.previewLifetime());
		Grant grant = new Grant(id, article.revision().number(), expiresAt);
		return new PreviewLink(this.tokens.issue(grant), article.revision().number(), expiresAt);
	}

	/**
	 * @param token to pass to {@code articlePreview}
	 */
	public record PreviewLink(String token, int revision, Instant expiresAt) {
	}

	/**
	 * The revision a preview token shows; one answer for every token that does not work
	 * (forged, expired, superseded, archived).
	 */
	public ArticleRevision previewed(String token) {
		return this.tokens.verify(token, now())
			.flatMap((grant) -> this.desk.find(grant.articleId(), Scope.EVERYWHERE)
				.filter((article) -> article.state() != ArticleState.ARCHIVED
						&& article.revision().number() == grant.revision())
				.map(EditorialArticle::revision))
			.orElseThrow(() -> new NotFound("This preview link is no longer valid", "preview"));
	}

	// Shared steps

	@FunctionalInterface
	interface Step {

		void apply(EditorialArticle article, Recorder recorder);

	}

	private EditorialArticle act(Caller caller, String action, String id, long version, Action rule, Scope scope,
			Step step) {
		this.mutations.run(caller, action, (recorder) -> {
			EditorialArticle article = this.desk.lock(id, scope).orElseThrow(() -> outOfScope(id));
			if (article.version() != version) {
				throw new Conflict("article", id, version, article.version());
			}
			if (!WorkflowRules.allows(rule, article.state())) {
				throw new WrongState("An article in state " + article.state() + " does not allow " + action
						+ "; it is allowed from " + WorkflowRules.from(rule), article.state().name());
			}
			recorder.target(TYPE, id, regionOf(article));
			step.apply(article, recorder);
			return id;
		});
		return this.desk.find(id, Scope.EVERYWHERE).orElseThrow();
	}

	private void move(EditorialArticle article, ArticleState state, Recorder recorder, String event,
			Map<String, @Nullable Object> changes) {
		this.desk.transition(article.id(), state, changes);
		recorder.changed("state", article.state().name(), state.name())
			.event(event, Map.of("revision", article.revision().number()));
	}

	private static Recorder changes(Recorder recorder, ArticleContent was, ArticleContent now) {
		if (!was.slug().equals(now.slug())) {
			recorder.changed("slug", was.slug(), now.slug());
		}
		if (!was.title().equals(now.title())) {
			recorder.changed("title", was.title(), now.title());
		}
		if (!was.standfirst().equals(now.standfirst())) {
			recorder.changed("standfirst", was.standfirst(), now.standfirst());
		}
		if (!was.coverText().equals(now.coverText())) {
			recorder.changed("coverText", was.coverText(), now.coverText());
		}
		if (!was.tags().equals(now.tags())) {
			recorder.changed("tags", was.tags(), now.tags());
		}
		if (!was.bodyHtml().equals(now.bodyHtml())) {
			recorder.changed("body", was.bodyHtml().length() + " characters", now.bodyHtml().length() + " characters");
		}
		return recorder;
	}

	private static void checkSlug(Checks checks, @Nullable String slug) {
		if (slug != null) {
			checks.require(slug.length() <= 120 && SLUG.matcher(slug).matches(), "slug",
					"slug is 1 to 120 lowercase letters, digits and single hyphens (e.g. nancun-street-lights), was '"
							+ (slug.length() > 130 ? slug.substring(0, 130) + "…" : slug) + "'");
		}
	}

	private static void checkTags(Checks checks, @Nullable List<String> tags) {
		if (tags == null) {
			return;
		}
		checks.require(tags.size() <= MAX_TAGS, "tags", "At most " + MAX_TAGS + " tags, got " + tags.size());
		for (int i = 0; i < Math.min(tags.size(), MAX_TAGS); i++) {
			checks.text("tags[" + i + "]", "标签", tags.get(i), true, 30);
		}
	}

	private static void checkOverride(@Nullable String reason) {
		Checks.ofInput().text("overrideReason", "放行理由", reason, false, 500).orThrow();
	}

	private ChecksFailed checksFailed(List<Finding> findings) {
		List<Map<String, Object>> found = new ArrayList<>();
		for (Finding finding : findings) {
			found.add(Map.of("field", finding.field(), "position", finding.position(), "kind", finding.kind().name(),
					"masked", finding.masked()));
		}
		return new ChecksFailed("The pre-publish checks found " + findings.size()
				+ " problem(s); fix them, or publish with an overrideReason", found);
	}

	private String freeSlug(String caseId) {
		String base = caseId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (base.isEmpty() || base.length() > 100) {
			base = "story";
		}
		String slug = base;
		for (int n = 2; this.desk.slugTaken(slug, null); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static @Nullable String regionOf(CaseSheet sheet) {
		return sheet.regionPath().isEmpty() ? null : sheet.regionPath().get(sheet.regionPath().size() - 1).id();
	}

	private static @Nullable String regionOf(EditorialArticle article) {
		return article.regionIds().isEmpty() ? null : article.regionIds().get(0);
	}

	private static Forbidden outOfScope(String id) {
		return new Forbidden("Article '" + id + "' is not in your regions");
	}

	private static String or(@Nullable String value, String otherwise) {
		return (value != null) ? value : otherwise;
	}

	private static Map<String, @Nullable Object> mapOf(Object... keysAndValues) {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private String newId() {
		StringBuilder id = new StringBuilder("story-");
		for (int i = 0; i < 10; i++) {
			id.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

}
