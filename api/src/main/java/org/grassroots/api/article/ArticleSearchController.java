package org.grassroots.api.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.grassroots.application.access.Callers;
import org.grassroots.api.error.InvalidInputException;
import org.grassroots.api.paging.PageSize;
import org.grassroots.application.articles.ArticleCatalog;
import org.grassroots.graph.analytics.SearchQueries;
import org.grassroots.search.article.ArticleQuery;
import org.grassroots.search.article.ArticleQuery.Facet;
import org.grassroots.search.article.ArticleSearchResult;
import org.grassroots.search.article.ArticleSearchResult.FacetCount;
import org.grassroots.search.article.Highlight;
import org.grassroots.search.article.RelatedArticle;
import org.grassroots.search.article.SearchCursor;
import org.grassroots.search.article.Suggestion;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Visitor search: results with facets and cursors, suggestions while typing, related
 * stories. Hits are served from the index, which holds each published article's live
 * revision (the outbox delivers a publication or a takedown within seconds, and the
 * search check repairs what a restore leaves behind); the graph is read only for what the
 * index does not hold, the body and the cases, and only when a query selects them.
 * Reading every hit back from the graph cost a quarter of a search's time.
 */
@Controller
class ArticleSearchController {

	static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_PREFIX_LENGTH = 50;

	static final int MAX_SUGGESTIONS = 20;

	static final int MAX_RELATED = 20;

	static final int MAX_FILTER_VALUES = 50;

	private final ArticleCatalog articles;

	ArticleSearchController(ArticleCatalog articles) {
		this.articles = articles;
	}

	@QueryMapping
	SearchResult searchArticles(@Argument String query, @Argument @Nullable FilterInput filter,
			@Argument ArticleQuery.@Nullable Order orderBy, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		String text = query.strip();
		if (text.isEmpty() || text.length() > MAX_QUERY_LENGTH) {
			throw new InvalidInputException("query must have 1 to " + MAX_QUERY_LENGTH + " characters");
		}
		SearchCursor cursor = null;
		if (after != null) {
			try {
				cursor = SearchCursor.parse(after);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("after: " + ex.getMessage());
			}
		}
		ArticleQuery.Order order = (orderBy != null) ? orderBy : ArticleQuery.Order.RELEVANCE;
		if (cursor != null && cursor.order() != order) {
			throw new InvalidInputException("after: the cursor belongs to results ordered by " + cursor.order());
		}
		// An explicit null means the default, as leaving the argument out does
		ArticleSearchResult result = this.articles
			.search(new ArticleQuery(text, (filter != null) ? filter.toFilters() : Map.of(), order,
					PageSize.checked((first != null) ? first : 10), cursor));
		List<Hit> hits = result.hits()
			.stream()
			.map((hit) -> new Hit(Article.of(hit.article()), hit.score(), hit.highlights()))
			.toList();
		SearchCursor next = result.next();
		return new SearchResult(result.total(), hits,
				new PageInfo(next != null, (next != null) ? next.encoded() : null), Facets.of(result.facets()),
				result.didYouMean());
	}

	@QueryMapping
	List<SuggestionView> suggestArticles(@Argument String prefix, @Argument @Nullable Integer first) {
		String typed = prefix.strip();
		if (typed.isEmpty() || typed.length() > MAX_PREFIX_LENGTH) {
			throw new InvalidInputException("prefix must have 1 to " + MAX_PREFIX_LENGTH + " characters");
		}
		int size = (first != null) ? first : 8;
		if (size < 1 || size > MAX_SUGGESTIONS) {
			throw new InvalidInputException("first must be 1 to " + MAX_SUGGESTIONS);
		}
		return this.articles.suggest(typed, size)
			.stream()
			.map((suggestion) -> new SuggestionView(suggestion.text(), suggestion.kind(), suggestion.slug()))
			.toList();
	}

	@SchemaMapping(typeName = "Article")
	List<Related> related(Article article, @Argument @Nullable Integer first) {
		int size = (first != null) ? first : 5;
		if (size < 1 || size > MAX_RELATED) {
			throw new InvalidInputException("first must be 1 to " + MAX_RELATED);
		}
		return this.articles.related(article.id(), size)
			.stream()
			.map((hit) -> new Related(Article.of(hit.article()),
					hit.reasons().stream().map((reason) -> new Reason(reason, reason.label())).toList()))
			.toList();
	}

	@QueryMapping
	SearchQueries.Summary searchAnalytics(@Argument String from, @Argument String to,
			@Argument @Nullable Integer first) {
		int size = (first != null) ? first : 20;
		if (size < 1 || size > PageSize.MAX) {
			throw new InvalidInputException("first must be 1 to " + PageSize.MAX);
		}
		return this.articles.searched(Callers.current(), day("from", from), day("to", to), size);
	}

	private static LocalDate day(String argument, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(argument + " must be a date like 2026-12-01, was '" + value + "'");
		}
	}

	record FilterInput(@Nullable List<String> districts, @Nullable List<String> towns, @Nullable List<String> kinds,
			@Nullable List<Integer> years, @Nullable List<String> stationKinds, @Nullable List<String> tags) {

		Map<Facet, List<String>> toFilters() {
			Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
			put(filters, Facet.DISTRICT, "districts", this.districts);
			put(filters, Facet.TOWN, "towns", this.towns);
			put(filters, Facet.KIND, "kinds", this.kinds);
			put(filters, Facet.YEAR, "years",
					(this.years != null) ? this.years.stream().map(String::valueOf).toList() : null);
			put(filters, Facet.STATION_KIND, "stationKinds", this.stationKinds);
			put(filters, Facet.TAG, "tags", this.tags);
			return filters;
		}

		private static void put(Map<Facet, List<String>> filters, Facet facet, String field,
				@Nullable List<String> values) {
			if (values == null || values.isEmpty()) {
				return;
			}
			if (values.size() > MAX_FILTER_VALUES) {
				throw new InvalidInputException("filter." + field + ": at most " + MAX_FILTER_VALUES + " values");
			}
			filters.put(facet, List.copyOf(values));
		}

	}

	record SearchResult(long totalCount, List<Hit> hits, PageInfo pageInfo, Facets facets,
			@Nullable String didYouMean) {
	}

	record Hit(Article article, double score, List<Highlight> highlights) {
	}

	record PageInfo(boolean hasNextPage, @Nullable String endCursor) {
	}

	record Facets(List<FacetCount> districts, List<FacetCount> towns, List<FacetCount> kinds, List<FacetCount> years,
			List<FacetCount> stationKinds, List<FacetCount> tags) {

		static Facets of(Map<Facet, List<FacetCount>> counts) {
			List<List<FacetCount>> lists = new ArrayList<>();
			for (Facet facet : Facet.values()) {
				lists.add(counts.getOrDefault(facet, List.of()));
			}
			return new Facets(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4), lists.get(5));
		}

	}

	record SuggestionView(String text, Suggestion.Kind kind, @Nullable String slug) {
	}

	record Related(Article article, List<Reason> reasons) {
	}

	record Reason(RelatedArticle.Reason code, String label) {
	}

}
