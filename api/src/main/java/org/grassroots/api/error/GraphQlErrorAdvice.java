package org.grassroots.api.error;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.grassroots.application.failure.ChecksFailed;
import org.grassroots.application.failure.Conflict;
import org.grassroots.application.failure.Forbidden;
import org.grassroots.application.failure.InvalidFields;
import org.grassroots.application.failure.NotFound;
import org.grassroots.application.failure.NotSignedIn;
import org.grassroots.application.failure.WrongState;
import org.grassroots.graph.failure.GraphFailures;
import org.grassroots.search.article.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Every failure a client can cause becomes a GraphQL error with a classification
 * ({@code extensions.classification}), the field's path and location, and a message meant
 * for the developer reading it. Anything else stays an {@code INTERNAL_ERROR} without
 * details.
 */
@ControllerAdvice
class GraphQlErrorAdvice {

	private static final Logger logger = LoggerFactory.getLogger(GraphQlErrorAdvice.class);

	private static final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

	@GraphQlExceptionHandler
	GraphQLError invalidInput(InvalidInputException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.BAD_REQUEST, ex.getMessage());
	}

	/**
	 * One error per broken rule, each naming its input field in {@code extensions.field}.
	 */
	@GraphQlExceptionHandler
	List<GraphQLError> invalidFields(InvalidFields ex, DataFetchingEnvironment environment) {
		return ex.problems()
			.stream()
			.map((problem) -> error(environment, ErrorType.BAD_REQUEST, problem.message(),
					Map.of("field", problem.field())))
			.toList();
	}

	@GraphQlExceptionHandler
	GraphQLError notSignedIn(NotSignedIn ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.UNAUTHORIZED, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError forbidden(Forbidden ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.FORBIDDEN, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFound ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.NOT_FOUND, ex.getMessage(), Map.of("key", ex.key()));
	}

	@GraphQlExceptionHandler
	GraphQLError conflict(Conflict ex, DataFetchingEnvironment environment) {
		return error(environment, ServiceErrorType.CONFLICT, ex.getMessage(),
				Map.of("currentVersion", ex.currentVersion()));
	}

	@GraphQlExceptionHandler
	GraphQLError wrongState(WrongState ex, DataFetchingEnvironment environment) {
		return error(environment, ServiceErrorType.WRONG_STATE, ex.getMessage(), Map.of("state", ex.state()));
	}

	@GraphQlExceptionHandler
	GraphQLError checksFailed(ChecksFailed ex, DataFetchingEnvironment environment) {
		return error(environment, ServiceErrorType.CHECKS_FAILED, ex.getMessage(), Map.of("findings", ex.findings()));
	}

	@GraphQlExceptionHandler
	GraphQLError staffOnly(StaffOnlyException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.FORBIDDEN, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError unauthenticated(AuthenticationException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorType.UNAUTHORIZED, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError denied(AccessDeniedException ex, DataFetchingEnvironment environment) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || trust.isAnonymous(authentication)) {
			return error(environment, ErrorType.UNAUTHORIZED, "Sign in as staff to do this");
		}
		return error(environment, ErrorType.FORBIDDEN, "Your roles do not allow this");
	}

	@GraphQlExceptionHandler
	GraphQLError tooManyAttempts(TooManyAttemptsException ex, DataFetchingEnvironment environment) {
		return error(environment, ServiceErrorType.TOO_MANY_ATTEMPTS, ex.getMessage(),
				Map.of("retryAfterSeconds", ex.retryAfterSeconds()));
	}

	@GraphQlExceptionHandler
	GraphQLError searchUnavailable(SearchUnavailableException ex, DataFetchingEnvironment environment) {
		return unavailable(environment, ex.getMessage());
	}

	/**
	 * A graph statement stopped at its time or memory limit, an unreachable server or an
	 * exhausted connection pool: the caller may try again. Anything else from the graph
	 * is an internal error, reported without details.
	 */
	@GraphQlExceptionHandler
	GraphQLError graphFailure(DataAccessException ex, DataFetchingEnvironment environment) {
		if (GraphFailures.isUnavailable(ex)) {
			logger.warn("The graph did not answer {}: {}", environment.getExecutionStepInfo().getPath(),
					ex.getMessage());
			return unavailable(environment, "The graph did not answer in time");
		}
		logger.error("The graph failed at {}", environment.getExecutionStepInfo().getPath(), ex);
		return error(environment, ErrorType.INTERNAL_ERROR, "Internal error");
	}

	private static GraphQLError unavailable(DataFetchingEnvironment environment, String message) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ServiceErrorType.UNAVAILABLE)
			.message(message + "; try again later")
			.build();
	}

	private static GraphQLError error(DataFetchingEnvironment environment, ErrorClassification type, String message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(type)
			.message(message)
			.extensions(extensions)
			.build();
	}

	private static GraphQLError error(DataFetchingEnvironment environment, ErrorType type, String message) {
		return GraphqlErrorBuilder.newError(environment).errorType(type).message(message).build();
	}

}
