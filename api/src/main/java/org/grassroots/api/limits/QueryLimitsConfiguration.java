package org.grassroots.api.limits;

import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLNamedType;
import org.grassroots.api.paging.PageRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * graphql-java checks depth and complexity after validation and before execution, and the
 * parser stops at the size limits, so a request over a limit never reaches a store.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	@Bean
	OperationCostLimits operationCostLimits(QueryLimits limits) {
		return new OperationCostLimits(new MaxQueryDepthInstrumentation(limits.maxDepth()),
				new MaxQueryComplexityInstrumentation(limits.maxComplexity(), pageSizeWeighted()));
	}

	@Bean
	DocumentShapeLimits documentShapeLimits(QueryLimits limits) {
		return new DocumentShapeLimits(limits.maxAliases(), limits.maxExpandedFields());
	}

	@Bean
	WebGraphQlInterceptor requestBudget(QueryLimits limits) {
		return new RequestBudget(limits.requestTimeout());
	}

	/** The parser reads its limits from the request's context. */
	@Bean
	WebGraphQlInterceptor documentSizeLimit(QueryLimits limits) {
		ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
			.transform((builder) -> builder.maxCharacters(limits.maxCharacters()).maxTokens(limits.maxTokens()));
		return (request, chain) -> {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(ParserOptions.class, options)).build());
			return chain.next(request);
		};
	}

	/**
	 * What a computed field costs beyond its selection, in units of one field: the work
	 * done whatever the page size. Compliance builds every window of every deputy of a
	 * region (6,400 deputies at the city preset), the statistics aggregate a region's
	 * cases in one statement, a search is a round trip to Elasticsearch.
	 */
	static final Map<String, Integer> COMPUTED = Map.of("Query.dutyCompliance", 2000, "Query.caseStatistics", 500,
			"Query.consultationStatistics", 300, "Query.searchArticles", 200, "Station.consultationRecord", 20);

	/**
	 * A field costs 1 (or what {@link #COMPUTED} says), plus its children times the page
	 * size it asks for; a paged field that asks for no size gets the default size.
	 */
	static FieldComplexityCalculator pageSizeWeighted() {
		return (environment, childComplexity) -> {
			int own = COMPUTED.getOrDefault(
					((GraphQLNamedType) environment.getParentType()).getName() + "." + environment.getField().getName(),
					1);
			Object first = environment.getArguments().get("first");
			Object last = environment.getArguments().get("last");
			boolean paged = environment.getFieldDefinition().getArgument("first") != null;
			int pageSize = (first instanceof Integer size) ? size
					: (last instanceof Integer size) ? size : paged ? PageRequest.DEFAULT_SIZE : 1;
			return own + Math.max(1, pageSize) * childComplexity;
		};
	}

}
