package org.grassroots.api.article;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.application.articles.ArticleCatalog;
import org.grassroots.application.cases.CaseCatalog;
import org.grassroots.graph.article.ArticleFilter;
import org.grassroots.graph.cases.CaseKind;
import org.jspecify.annotations.Nullable;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.api.paging.Related;
import org.grassroots.graph.cases.Case;
import org.grassroots.publisher.article.ArticleHtml;
import org.grassroots.application.access.Callers;
import org.grassroots.application.publishing.ArticleWorkflow;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ArticleController {

	static final String NODE_TYPE = "Article";

	private static final String CASE_TYPE = "Case";

	private final ArticleWorkflow workflow;

	private final ArticleCatalog articles;

	private final CaseCatalog cases;

	ArticleController(ArticleWorkflow workflow, ArticleCatalog articles, CaseCatalog cases) {
		this.workflow = workflow;
		this.articles = articles;
		this.cases = cases;
	}

	@MutationMapping
	PublishCasePayload publishCase(@Argument PublishCaseInput input) {
		String caseKey = GlobalId.keyOf(CASE_TYPE, input.caseId(), "input.caseId");
		String key = this.workflow.publishCase(Callers.current(), caseKey, input.overrideReason());
		return new PublishCasePayload(Article.of(this.articles.findByIds(List.of(key)).getFirst()));
	}

	@QueryMapping
	@Nullable ArticleBySlug article(@Argument String slug) {
		return this.articles.findBySlug(slug)
			.map((found) -> new ArticleBySlug(Article.of(found), !found.slug().equals(slug)))
			.orElse(null);
	}

	@QueryMapping
	Connection<Article, ArticleFilter> articles(@Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		PageRequest request = PageRequest.of(environment, NODE_TYPE, OrderInput.of(orderBy, ArticleFilter.SORTS));
		ArticleFilter chosen = FilterInput.toFilter(filter);
		return Connection.of(this.articles.page(chosen, request.order(), request.seek()).map(Article::of), NODE_TYPE,
				request, chosen);
	}

	@SchemaMapping(typeName = NODE_TYPE + "Connection")
	long totalCount(Object connection) {
		return Connections.rootCount(connection, (ArticleFilter filter) -> this.articles.count(filter));
	}

	/** One graph query for the cases of every article in the response. */
	@BatchMapping(typeName = "Article", field = "case")
	Map<Article, Case> kase(List<Article> articles) {
		return Related.referenced(articles, Article::caseId, this.cases::findByIds, Case::id);
	}

	/** One graph query for the cases of every article in the response. */
	@BatchMapping(typeName = "Article")
	Map<Article, List<Case>> cases(List<Article> articles) {
		Map<String, Case> byId = this.cases
			.findByIds(articles.stream().flatMap((article) -> article.caseIds().stream()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Case::id, Function.identity()));
		Map<Article, List<Case>> told = new java.util.LinkedHashMap<>();
		articles.forEach((article) -> told.put(article,
				article.caseIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList()));
		return told;
	}

	/** One graph query for the bodies of every article in the response. */
	@BatchMapping(typeName = "Article")
	Map<Article, String> bodyHtml(List<Article> views) {
		return Related.single(views, Article::id, bodies(views));
	}

	@BatchMapping(typeName = "Article")
	Map<Article, String> bodyText(List<Article> views) {
		Map<String, String> bodies = bodies(views);
		bodies.replaceAll((id, html) -> ArticleHtml.toPlainText(html));
		return Related.single(views, Article::id, bodies);
	}

	@BatchMapping(typeName = "Article")
	Map<Article, List<ArticleHtml.Heading>> outline(List<Article> views) {
		Map<String, List<ArticleHtml.Heading>> outlines = new java.util.HashMap<>();
		bodies(views).forEach((id, html) -> outlines.put(id, ArticleHtml.outline(html)));
		return Related.single(views, Article::id, outlines);
	}

	/** The bodies the views came with, and the others in one graph query. */
	private Map<String, String> bodies(List<Article> views) {
		Map<String, String> bodies = new java.util.HashMap<>();
		List<String> missing = new java.util.ArrayList<>();
		for (Article view : views) {
			if (view.bodyHtml() != null) {
				bodies.put(view.id(), view.bodyHtml());
			}
			else {
				missing.add(view.id());
			}
		}
		if (!missing.isEmpty()) {
			this.articles.findByIds(missing).forEach((stored) -> bodies.put(stored.id(), stored.bodyHtml()));
			// A search hit taken down since the index answered: nothing of it to show
			missing.forEach((id) -> bodies.putIfAbsent(id, ""));
		}
		return bodies;
	}

	record FilterInput(@Nullable List<CaseKind> caseKinds, @Nullable String regionKey, @Nullable String titleContains) {

		static ArticleFilter toFilter(@Nullable FilterInput input) {
			if (input == null) {
				return ArticleFilter.ALL;
			}
			List<CaseKind> kinds = (input.caseKinds != null) ? input.caseKinds : List.of();
			return new ArticleFilter(kinds.stream().map(Enum::name).toList(), input.regionKey,
					TextFilter.checked("titleContains", input.titleContains));
		}

	}

	record PublishCaseInput(String caseId, @Nullable String overrideReason) {
	}

	record ArticleBySlug(Article article, boolean redirected) {
	}

	record PublishCasePayload(Article article) {
	}

}
