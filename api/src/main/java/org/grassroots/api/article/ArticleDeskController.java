package org.grassroots.api.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.application.access.Callers;
import org.grassroots.application.cases.CaseCatalog;
import org.grassroots.application.failure.InvalidFields;
import org.grassroots.application.publishing.ArticleInputs;
import org.grassroots.application.publishing.ArticleWorkflow;
import org.grassroots.graph.article.ArticleRevision;
import org.grassroots.graph.article.ArticleState;
import org.grassroots.graph.article.EditorialArticle;
import org.grassroots.graph.article.EditorialFilter;
import org.grassroots.graph.cases.Case;
import org.grassroots.publisher.article.ArticleHtml;
import org.grassroots.publisher.article.Fact;
import org.grassroots.publisher.article.Finding;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The publishing workflow for staff: each mutation decodes the story's global id and
 * hands the input to {@link ArticleWorkflow} with the caller.
 */
@Controller
class ArticleDeskController {

	static final String TYPE = "EditorialArticle";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ArticleWorkflow workflow;

	private final CaseCatalog cases;

	ArticleDeskController(ArticleWorkflow workflow, CaseCatalog cases) {
		this.workflow = workflow;
		this.cases = cases;
	}

	// Queries

	@QueryMapping
	EditorialArticle editorialArticle(@Argument String id) {
		return this.workflow.find(Callers.current(), GlobalId.keyOf(ArticleController.NODE_TYPE, id, "id"));
	}

	@QueryMapping
	Connection<EditorialArticle, EditorialFilter> editorialArticles(@Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		EditorialFilter chosen = this.workflow.filter(Callers.current(),
				(filter != null && filter.states() != null) ? filter.states() : List.of(),
				TextFilter.checked("titleContains", (filter != null) ? filter.titleContains() : null));
		PageRequest request = PageRequest.of(environment, TYPE, OrderInput.of(orderBy, EditorialFilter.SORTS));
		return Connection.of(this.workflow.page(chosen, request.order(), request.seek()), TYPE, request, chosen);
	}

	@SchemaMapping(typeName = TYPE + "Connection")
	long totalCount(Object connection) {
		return Connections.rootCount(connection, (EditorialFilter filter) -> this.workflow.count(filter));
	}

	@QueryMapping
	ArticleWorkflow.RevisionDiff articleDiff(@Argument String id, @Argument int from, @Argument int to) {
		return this.workflow.diff(Callers.current(), GlobalId.keyOf(ArticleController.NODE_TYPE, id, "id"), from, to);
	}

	@QueryMapping
	Preview articlePreview(@Argument String token) {
		ArticleRevision revision = this.workflow.previewed(token);
		return new Preview(revision.articleId(), RevisionView.of(revision));
	}

	// Mutations

	@MutationMapping
	Payload draftArticle(@Argument DraftInput input) {
		return new Payload(this.workflow.draft(Callers.current(),
				new ArticleInputs.NewDraft(caseKeys(input.caseIds()), input.slug(), input.idempotencyKey())));
	}

	@MutationMapping
	Payload saveArticle(@Argument SaveInput input) {
		List<String> caseKeys = (input.caseIds() != null) ? caseKeys(input.caseIds()) : null;
		return new Payload(this.workflow.save(Callers.current(), key(input.id()),
				new ArticleInputs.Revision(input.version(), input.slug(), input.title(), input.standfirst(),
						input.bodyHtml(), input.coverText(), input.tags(), caseKeys, input.note())));
	}

	@MutationMapping
	Payload submitArticle(@Argument StepInput input) {
		return new Payload(this.workflow.submit(Callers.current(), key(input.id()), input.version()));
	}

	@MutationMapping
	Payload requestArticleChanges(@Argument ChangesInput input) {
		return new Payload(
				this.workflow.requestChanges(Callers.current(), key(input.id()), input.version(), input.comment()));
	}

	@MutationMapping
	Payload approveArticle(@Argument StepInput input) {
		return new Payload(this.workflow.approve(Callers.current(), key(input.id()), input.version()));
	}

	@MutationMapping
	Payload publishArticle(@Argument PublishInput input) {
		return new Payload(
				this.workflow.publish(Callers.current(), key(input.id()), input.version(), input.overrideReason()));
	}

	@MutationMapping
	Payload scheduleArticle(@Argument ScheduleInput input) {
		return new Payload(this.workflow.schedule(Callers.current(), key(input.id()),
				new ArticleInputs.Schedule(input.version(), time("publishAt", input.publishAt()),
						time("unpublishAt", input.unpublishAt()), input.overrideReason())));
	}

	@MutationMapping
	Payload unpublishArticle(@Argument StepInput input) {
		return new Payload(this.workflow.unpublish(Callers.current(), key(input.id()), input.version()));
	}

	@MutationMapping
	Payload archiveArticle(@Argument StepInput input) {
		return new Payload(this.workflow.archive(Callers.current(), key(input.id()), input.version()));
	}

	@MutationMapping
	Payload restoreArticleRevision(@Argument RestoreInput input) {
		return new Payload(
				this.workflow.restore(Callers.current(), key(input.id()), input.version(), input.revision()));
	}

	@MutationMapping
	PreviewPayload createArticlePreview(@Argument PreviewInput input) {
		ArticleWorkflow.PreviewLink link = this.workflow.preview(Callers.current(), key(input.id()));
		return new PreviewPayload(new PreviewLink(link.token(), link.revision(), shanghai(link.expiresAt())));
	}

	// The story's fields

	@SchemaMapping(typeName = TYPE)
	String id(EditorialArticle article) {
		return GlobalId.of(ArticleController.NODE_TYPE, article.id());
	}

	@SchemaMapping(typeName = TYPE)
	String key(EditorialArticle article) {
		return article.id();
	}

	@SchemaMapping(typeName = TYPE)
	RevisionView revision(EditorialArticle article) {
		return RevisionView.of(article.revision());
	}

	@SchemaMapping(typeName = TYPE)
	List<String> regionKeys(EditorialArticle article) {
		return article.regionIds();
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable String publishAt(EditorialArticle article) {
		return (article.publishAt() != null) ? shanghai(article.publishAt()) : null;
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable String unpublishAt(EditorialArticle article) {
		return (article.unpublishAt() != null) ? shanghai(article.unpublishAt()) : null;
	}

	@SchemaMapping(typeName = TYPE)
	String createdAt(EditorialArticle article) {
		return shanghai(article.createdAt());
	}

	@SchemaMapping(typeName = TYPE)
	String updatedAt(EditorialArticle article) {
		return shanghai(article.updatedAt());
	}

	@SchemaMapping(typeName = TYPE)
	List<FactView> facts(EditorialArticle article) {
		return this.workflow.facts(article).stream().map(FactView::of).toList();
	}

	@SchemaMapping(typeName = TYPE)
	List<String> changedCases(EditorialArticle article) {
		return this.workflow.changedCases(article);
	}

	@SchemaMapping(typeName = TYPE)
	List<Finding> findings(EditorialArticle article) {
		return this.workflow.findings(article);
	}

	@SchemaMapping(typeName = TYPE)
	List<RevisionView> revisions(EditorialArticle article) {
		// Read in scope already
		return this.workflow.revisions(article).stream().map(RevisionView::of).toList();
	}

	/** One graph query for the cases of every story in the response. */
	@BatchMapping(typeName = TYPE)
	Map<EditorialArticle, List<Case>> cases(List<EditorialArticle> articles) {
		Map<String, Case> byId = this.cases
			.findByIds(articles.stream().flatMap((article) -> article.caseIds().stream()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Case::id, Function.identity()));
		Map<EditorialArticle, List<Case>> told = new LinkedHashMap<>();
		articles.forEach((article) -> told.put(article,
				article.caseIds().stream().map(byId::get).filter(Objects::nonNull).toList()));
		return told;
	}

	@SchemaMapping(typeName = "ArticleRevision")
	String bodyText(RevisionView revision) {
		return ArticleHtml.toPlainText(revision.bodyHtml());
	}

	@SchemaMapping(typeName = "ArticleRevision")
	List<ArticleHtml.Heading> outline(RevisionView revision) {
		return ArticleHtml.outline(revision.bodyHtml());
	}

	private static List<String> caseKeys(List<String> ids) {
		List<String> keys = new java.util.ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			keys.add(GlobalId.keyOf("Case", ids.get(i), "input.caseIds[" + i + "]"));
		}
		return keys;
	}

	private static String key(String id) {
		return GlobalId.keyOf(ArticleController.NODE_TYPE, id, "input.id");
	}

	/** A time with an offset, or a local time in Asia/Shanghai. */
	private static @Nullable Instant time(String field, @Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text).atZone(CHINA).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new InvalidFields("input." + field, field
						+ " must be an ISO-8601 time such as 2026-12-01T09:30 (Asia/Shanghai) or 2026-12-01T01:30Z, was '"
						+ (text.length() > 50 ? text.substring(0, 50) + "…" : text) + "'");
			}
		}
	}

	private static String shanghai(Instant at) {
		return at.atZone(CHINA).toOffsetDateTime().toString();
	}

	record FilterInput(@Nullable List<ArticleState> states, @Nullable String titleContains) {
	}

	record DraftInput(List<String> caseIds, @Nullable String slug, @Nullable String idempotencyKey) {
	}

	record SaveInput(String id, long version, @Nullable String slug, @Nullable String title,
			@Nullable String standfirst, @Nullable String bodyHtml, @Nullable String coverText,
			@Nullable List<String> tags, @Nullable List<String> caseIds, @Nullable String note) {
	}

	record StepInput(String id, long version) {
	}

	record ChangesInput(String id, long version, String comment) {
	}

	record PublishInput(String id, long version, @Nullable String overrideReason) {
	}

	record ScheduleInput(String id, long version, @Nullable String publishAt, @Nullable String unpublishAt,
			@Nullable String overrideReason) {
	}

	record RestoreInput(String id, long version, int revision) {
	}

	record PreviewInput(String id) {
	}

	record Payload(EditorialArticle article) {
	}

	record PreviewPayload(PreviewLink preview) {
	}

	record PreviewLink(String token, int revision, String expiresAt) {
	}

	record Preview(String key, RevisionView revision) {
	}

	record RevisionView(int number, String slug, String title, String standfirst, String bodyHtml, String coverText,
			List<String> tags, List<String> caseKeys, String author, String savedAt, String note) {

		static RevisionView of(ArticleRevision revision) {
			return new RevisionView(revision.number(), revision.content().slug(), revision.content().title(),
					revision.content().standfirst(), revision.content().bodyHtml(), revision.content().coverText(),
					revision.content().tags(), revision.caseIds(), revision.author(), shanghai(revision.at()),
					revision.note());
		}

	}

	record FactView(String caseKey, String label, String value, String sourceLabel, String sourceKey,
			String sourceProperty, String sourceValue) {

		static FactView of(Fact fact) {
			return new FactView(fact.caseId(), fact.label(), fact.value(), fact.source().label(), fact.source().key(),
					fact.source().property(), fact.source().raw());
		}

	}

}
