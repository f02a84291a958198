package org.grassroots.api.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.grassroots.graph.support.LeastRecentlyUsed;

import org.springframework.graphql.execution.ErrorType;

/**
 * Frontends send the same few documents again and again: each is parsed and validated
 * once and kept by its text. Requests that use automatic persisted queries go to their
 * own cache; documents that fail validation are not kept, so they cannot push out the
 * valid ones.
 */
class DocumentCache implements PreparsedDocumentProvider {

	private final PreparsedDocumentProvider persistedQueries;

	private final LeastRecentlyUsed<String, PreparsedDocumentEntry> documents;

	DocumentCache(PreparsedDocumentProvider persistedQueries, int capacity) {
		this.persistedQueries = persistedQueries;
		this.documents = new LeastRecentlyUsed<>(capacity);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		Object persisted = input.getExtensions().get("persistedQuery");
		if (persisted != null) {
			if (!(persisted instanceof Map<?, ?> query) || !(query.get("sha256Hash") instanceof String)) {
				return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
					.errorType(ErrorType.BAD_REQUEST)
					.message("extensions.persistedQuery must be an object with a sha256Hash string")
					.build()));
			}
			return this.persistedQueries.getDocumentAsync(input, parseAndValidate);
		}
		Optional<PreparsedDocumentEntry> known = this.documents.get(input.getQuery());
		if (known.isPresent()) {
			return CompletableFuture.completedFuture(known.get());
		}
		PreparsedDocumentEntry parsed = parseAndValidate.apply(input);
		if (!parsed.hasErrors()) {
			this.documents.put(input.getQuery(), parsed);
		}
		return CompletableFuture.completedFuture(parsed);
	}

}
