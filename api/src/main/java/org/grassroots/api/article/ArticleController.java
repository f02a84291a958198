package org.grassroots.api.article;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grassroots.graph.article.ArticleStore;
import org.grassroots.graph.article.StoredArticle;
import org.grassroots.publisher.article.CasePublisher;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class ArticleController {

	private final CasePublisher publisher;

	private final ArticleStore articles;

	ArticleController(CasePublisher publisher, ArticleStore articles) {
		this.publisher = publisher;
		this.articles = articles;
	}

	@MutationMapping
	@PreAuthorize("hasRole('STAFF')")
	PublishCasePayload publishCase(@Argument PublishCaseInput input) {
		return new PublishCasePayload(ArticleView.of(this.publisher.publish(input.caseId())));
	}

	/** One graph query for the bodies of every article in the response. */
	@BatchMapping(typeName = "Article")
	Map<ArticleView, String> bodyHtml(List<ArticleView> views) {
		Map<String, String> bodies = this.articles.findByIds(views.stream().map(ArticleView::id).toList())
			.stream()
			.collect(Collectors.toMap(StoredArticle::id, StoredArticle::bodyHtml));
		return views.stream()
			.filter((view) -> bodies.containsKey(view.id()))
			.collect(Collectors.toMap(Function.identity(), (view) -> bodies.get(view.id()), (a, b) -> a));
	}

	record PublishCaseInput(String caseId) {
	}

	record PublishCasePayload(ArticleView article) {
	}

}
