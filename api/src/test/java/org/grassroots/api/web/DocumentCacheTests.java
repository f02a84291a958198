package org.grassroots.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCacheTests {

	private final List<String> parsed = new ArrayList<>();

	private final List<String> persisted = new ArrayList<>();

	private final PreparsedDocumentProvider persistedQueries = (input, parseAndValidate) -> {
		this.persisted.add(input.getQuery());
		return CompletableFuture.completedFuture(parseAndValidate.apply(input));
	};

	private final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = (input) -> {
		this.parsed.add(input.getQuery());
		if (input.getQuery().contains("unknownField")) {
			return new PreparsedDocumentEntry(ValidationError.newValidationError()
				.validationErrorType(ValidationErrorType.FieldUndefined)
				.description("unknownField is not a field")
				.build());
		}
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	private final DocumentCache cache = new DocumentCache(this.persistedQueries, 2);

	@Test
	void aDocumentSentAgainIsParsedOnce() {
		PreparsedDocumentEntry first = get("{ cases { totalCount } }");
		PreparsedDocumentEntry second = get("{ cases { totalCount } }");

		assertThat(second).isSameAs(first);
		assertThat(this.parsed).containsExactly("{ cases { totalCount } }");
	}

	@Test
	void anInvalidDocumentIsNotKept() {
		PreparsedDocumentEntry first = get("{ unknownField }");
		get("{ unknownField }");

		assertThat(first.hasErrors()).isTrue();
		assertThat(this.parsed).containsExactly("{ unknownField }", "{ unknownField }");
	}

	@Test
	void theLeastRecentlyUsedDocumentGoesWhenTheCacheIsFull() {
		get("{ a }");
		get("{ b }");
		get("{ a }");
		get("{ c }");
		get("{ a }");
		get("{ b }");

		assertThat(this.parsed).containsExactly("{ a }", "{ b }", "{ c }", "{ b }");
	}

	@Test
	void persistedQueriesGoToTheirOwnCache() {
		ExecutionInput input = ExecutionInput.newExecutionInput("{ a }")
			.extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "abc")))
			.build();

		this.cache.getDocumentAsync(input, this.parseAndValidate).join();
		get("{ a }");

		assertThat(this.persisted).containsExactly("{ a }");
		assertThat(this.parsed).containsExactly("{ a }", "{ a }");
	}

	private PreparsedDocumentEntry get(String query) {
		return this.cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), this.parseAndValidate)
			.join();
	}

}
