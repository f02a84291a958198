package org.grassroots.api.article;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grassroots.api.error.InvalidInputException;
import org.grassroots.api.paging.PageSize;
import org.grassroots.application.articles.ArticleCatalog;
import org.grassroots.graph.article.StoredArticle;
import org.grassroots.search.article.ArticleSearchResult;
import org.grassroots.search.article.Highlight;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ArticleSearchController {

	static final int MAX_QUERY_LENGTH = 200;

	private final ArticleCatalog index;

	ArticleSearchController(ArticleCatalog index) {
		this.index = index;
	}

	@QueryMapping
	SearchResult searchArticles(@Argument String query, @Argument @Nullable Integer first) {
		String text = query.strip();
		if (text.isEmpty() || text.length() > MAX_QUERY_LENGTH) {
			throw new InvalidInputException("query must have 1 to " + MAX_QUERY_LENGTH + " characters");
		}
		// An explicit null means the default, as leaving the argument out does
		ArticleSearchResult result = this.index.search(text, PageSize.checked((first != null) ? first : 10));
		// The graph is the record: a hit it does not hold live (the index behind it for a
		// moment, or ahead of a restored store) is left out
		Map<String, StoredArticle> live = this.index
			.findByIds(result.hits().stream().map((hit) -> hit.article().id()).toList())
			.stream()
			.collect(Collectors.toMap(StoredArticle::id, Function.identity()));
		List<Hit> hits = result.hits()
			.stream()
			.filter((hit) -> live.containsKey(hit.article().id()))
			.map((hit) -> new Hit(Article.of(live.get(hit.article().id())), hit.score(), hit.highlights()))
			.toList();
		return new SearchResult(result.total() - (result.hits().size() - hits.size()), hits);
	}

	record SearchResult(long totalCount, List<Hit> hits) {
	}

	record Hit(Article article, double score, List<Highlight> highlights) {
	}

}
