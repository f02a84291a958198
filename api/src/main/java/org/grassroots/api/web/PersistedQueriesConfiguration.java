package org.grassroots.api.web;

import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Automatic persisted queries (the Apollo protocol): a client sends the document's
 * SHA-256 first and the full document only when the server answers
 * {@code PersistedQueryNotFound}.
 */
@Configuration(proxyBeanMethods = false)
class PersistedQueriesConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer persistedQueries(
			@Value("${grassroots.graphql.persisted-queries.capacity:10000}") int capacity) {
		var support = new ApolloPersistedQuerySupport(new BoundedPersistedQueryCache(capacity));
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(support));
	}

}
