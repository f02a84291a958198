package org.grassroots.api.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;

/**
 * Parsed and validated documents by their SHA-256, for automatic persisted queries. The
 * least recently used entry goes once the cache is full, so clients cannot grow it
 * without bound.
 */
class BoundedPersistedQueryCache implements PersistedQueryCache {

	private final Map<Object, PreparsedDocumentEntry> documents;

	BoundedPersistedQueryCache(int capacity) {
		this.documents = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Object, PreparsedDocumentEntry> eldest) {
				return size() > capacity;
			}
		};
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object id, ExecutionInput input,
			PersistedQueryCacheMiss onMiss) throws PersistedQueryNotFound {
		synchronized (this.documents) {
			PreparsedDocumentEntry known = this.documents.get(id);
			if (known != null) {
				return CompletableFuture.completedFuture(known);
			}
		}
		String query = input.getQuery();
		if (query == null || query.isBlank() || query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
			throw new PersistedQueryNotFound(id);
		}
		PreparsedDocumentEntry parsed = onMiss.apply(query);
		synchronized (this.documents) {
			this.documents.put(id, parsed);
		}
		return CompletableFuture.completedFuture(parsed);
	}

}
