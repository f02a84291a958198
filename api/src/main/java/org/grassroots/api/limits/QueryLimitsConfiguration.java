package org.grassroots.api.limits;

import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.parser.ParserOptions;
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
	MaxQueryDepthInstrumentation maxQueryDepth(QueryLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), pageSizeWeighted());
	}

	@Bean
	AliasLimitInstrumentation aliasLimit(QueryLimits limits) {
		return new AliasLimitInstrumentation(limits.maxAliases());
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
	 * A field costs 1, plus its children times the page size it asks for; a paged field
	 * that asks for no size gets the default size.
	 */
	static FieldComplexityCalculator pageSizeWeighted() {
		return (environment, childComplexity) -> {
			Object first = environment.getArguments().get("first");
			Object last = environment.getArguments().get("last");
			boolean paged = environment.getFieldDefinition().getArgument("first") != null;
			int pageSize = (first instanceof Integer size) ? size
					: (last instanceof Integer size) ? size : paged ? PageRequest.DEFAULT_SIZE : 1;
			return 1 + Math.max(1, pageSize) * childComplexity;
		};
	}

}
