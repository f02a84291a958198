package org.grassroots.api.web;

import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parsed documents are kept: automatic persisted queries (the Apollo protocol: a client
 * sends the document's SHA-256 first and the full document only when the server answers
 * {@code PersistedQueryNotFound}) by their hash, other documents by their text.
 */
@Configuration(proxyBeanMethods = false)
class PersistedQueriesConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer persistedQueries(DocumentCaches caches) {
		var persisted = new ApolloPersistedQuerySupport(
				new BoundedPersistedQueryCache(caches.persistedQueries().capacity()));
		var documents = new DocumentCache(persisted, caches.documentCache().capacity());
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documents));
	}

}
