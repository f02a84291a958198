package org.grassroots.api.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grassroots.api.error.InvalidInputException;
import org.grassroots.api.node.NodeLoader;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.api.paging.Related;
import org.grassroots.graph.article.ArticleStore;
import org.grassroots.graph.article.StoredArticle;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.Cases;
import org.grassroots.publisher.article.CasePublisher;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class ArticleController implements NodeLoader {

	static final String NODE_TYPE = "Article";

	private static final String CASE_TYPE = "Case";

	private final CasePublisher publisher;

	private final ArticleStore articles;

	private final Cases cases;

	ArticleController(CasePublisher publisher, ArticleStore articles, Cases cases) {
		this.publisher = publisher;
		this.articles = articles;
		this.cases = cases;
	}

	@MutationMapping
	@PreAuthorize("hasRole('STAFF')")
	PublishCasePayload publishCase(@Argument PublishCaseInput input) {
		String caseKey = GlobalId.decode(input.caseId())
			.filter((id) -> id.type().equals(CASE_TYPE))
			.map(GlobalId::key)
			.orElseThrow(
					() -> new InvalidInputException("caseId must be the id of a Case, was '" + input.caseId() + "'"));
		return new PublishCasePayload(Article.of(this.publisher.publish(caseKey)));
	}

	@SchemaMapping(typeName = "Article")
	String id(Article article) {
		return GlobalId.of(NODE_TYPE, article.id());
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

	@Override
	public String type() {
		return NODE_TYPE;
	}

	@Override
	public Map<String, Object> loadAll(Collection<String> keys) {
		return this.articles.findByIds(keys).stream().collect(Collectors.toMap(StoredArticle::id, Article::of));
	}

	record PublishCaseInput(String caseId) {
	}

	record PublishCasePayload(Article article) {
	}

}
