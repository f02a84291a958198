package org.grassroots.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs the site's GraphQL documents ({@code site/queries/*.graphql}) in the application's
 * own GraphQL engine, as the anonymous caller the request's security context holds: the
 * pages see what the API shows a visitor, through the same limits, batch loading and
 * field rules, and nothing else.
 */
@Component
class SiteGraphQl {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ExecutionGraphQlService graphQl;

	private final Map<String, String> documents = new HashMap<>();

	SiteGraphQl(ExecutionGraphQlService graphQl) {
		this.graphQl = graphQl;
		for (String name : List.of("home", "search", "article", "district", "preview")) {
			try {
				this.documents.put(name, new ClassPathResource("site/queries/" + name + ".graphql")
					.getContentAsString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * The data the named document answers with. An error on a field below the root (the
	 * index not answering for related stories, say) leaves that field out; an error on a
	 * root field fails the page with the error's status.
	 * @throws ResponseStatusException 400 for input the API refused, 404 for what it does
	 * not hold, 503 when a store does not answer
	 */
	Map<String, Object> query(String document, Map<String, @Nullable Object> variables) {
		String text = this.documents.get(document);
		if (text == null) {
			throw new IllegalArgumentException("No site query " + document);
		}
		ExecutionGraphQlResponse response = this.graphQl
			.execute(new DefaultExecutionGraphQlRequest(text, null, new HashMap<>(variables), null,
					UUID.randomUUID().toString(), Locale.SIMPLIFIED_CHINESE))
			.block(TIMEOUT);
		if (response == null) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
		}
		for (GraphQLError error : response.getExecutionResult().getErrors()) {
			if (error.getPath() == null || error.getPath().size() <= 1) {
				throw new ResponseStatusException(status(error), error.getMessage());
			}
		}
		Map<String, Object> data = response.getData();
		if (data == null) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
		}
		return data;
	}

	private static HttpStatus status(GraphQLError error) {
		String classification = String.valueOf(error.getErrorType());
		if (classification.equals(ErrorType.NOT_FOUND.name())) {
			return HttpStatus.NOT_FOUND;
		}
		if (classification.equals(ErrorType.BAD_REQUEST.name()) || classification.equals("ValidationError")
				|| classification.equals("InvalidSyntax")) {
			return HttpStatus.BAD_REQUEST;
		}
		return HttpStatus.SERVICE_UNAVAILABLE;
	}

}
