package org.grassroots.api.web;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.grassroots.graph.support.LeastRecentlyUsed;

/**
 * Parsed and validated documents by their SHA-256, for automatic persisted queries.
 */
class BoundedPersistedQueryCache implements PersistedQueryCache {

	private final LeastRecentlyUsed<Object, PreparsedDocumentEntry> documents;

	BoundedPersistedQueryCache(int capacity) {
		this.documents = new LeastRecentlyUsed<>(capacity);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object id, ExecutionInput input,
			PersistedQueryCacheMiss onMiss) throws PersistedQueryNotFound {
		Optional<PreparsedDocumentEntry> known = this.documents.get(id);
		if (known.isPresent()) {
			return CompletableFuture.completedFuture(known.get());
		}
		String query = input.getQuery();
		if (query == null || query.isBlank() || query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
			throw new PersistedQueryNotFound(id);
		}
		PreparsedDocumentEntry parsed = onMiss.apply(query);
		this.documents.put(id, parsed);
		return CompletableFuture.completedFuture(parsed);
	}

}
