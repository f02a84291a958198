package org.grassroots.api.article;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grassroots.api.error.InvalidInputException;
import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.OrderDirection;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.application.articles.ArticleCatalog;
import org.grassroots.application.cases.CaseCatalog;
import org.grassroots.graph.article.ArticleFilter;
import org.grassroots.graph.article.ArticleSort;
import org.grassroots.graph.cases.CaseKind;
import org.jspecify.annotations.Nullable;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.api.paging.Related;
import org.grassroots.graph.article.StoredArticle;
import org.grassroots.graph.cases.Case;
import org.grassroots.publisher.article.CasePublisher;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class ArticleController {

	static final String NODE_TYPE = "Article";

	private static final String CASE_TYPE = "Case";

	private final CasePublisher publisher;

	private final ArticleCatalog articles;

	private final CaseCatalog cases;

	ArticleController(CasePublisher publisher, ArticleCatalog articles, CaseCatalog cases) {
		this.publisher = publisher;
		this.articles = articles;
		this.cases = cases;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
	PublishCasePayload publishCase(@Argument PublishCaseInput input) {
		String caseKey = GlobalId.decode(input.caseId())
			.filter((id) -> id.type().equals(CASE_TYPE))
			.map(GlobalId::key)
			.orElseThrow(
					() -> new InvalidInputException("caseId must be the id of a Case, was '" + input.caseId() + "'"));
		return new PublishCasePayload(Article.of(this.publisher.publish(caseKey)));
	}

	@QueryMapping
	Connection<Article, ArticleFilter> articles(@Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderBy orderBy, DataFetchingEnvironment environment) {
		PageRequest request = PageRequest.of(environment, NODE_TYPE,
				OrderInput.of(orderBy, ArticleSort.KEY.ascending()));
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
		Map<String, Case> byId = this.cases.findByIds(articles.stream().map(Article::caseId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Case::id, Function.identity()));
		return Related.single(articles, Article::caseId, byId);
	}

	/** One graph query for the bodies of every article in the response. */
	@BatchMapping(typeName = "Article")
	Map<Article, String> bodyHtml(List<Article> views) {
		Map<String, String> bodies = this.articles.findByIds(views.stream().map(Article::id).toList())
			.stream()
			.collect(Collectors.toMap(StoredArticle::id, StoredArticle::bodyHtml));
		return Related.single(views, Article::id, bodies);
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

	record OrderBy(ArticleSort field, @Nullable OrderDirection direction) implements OrderInput {
	}

	record PublishCaseInput(String caseId) {
	}

	record PublishCasePayload(Article article) {
	}

}
