package org.grassroots.api.limits;

import java.time.Duration;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.grassroots.api.error.ServiceErrorType;
import reactor.core.publisher.Mono;

import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Every request gets an answer within its time budget: when execution runs past it, the
 * caller gets a GraphQL response with one {@code UNAVAILABLE} error rather than waiting
 * for the slowest store. The stores' own deadlines stop the work left behind.
 */
class RequestBudget implements WebGraphQlInterceptor {

	private final Duration budget;

	RequestBudget(Duration budget) {
		this.budget = budget;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).timeout(this.budget, Mono.fromSupplier(() -> overBudget(request)));
	}

	private WebGraphQlResponse overBudget(WebGraphQlRequest request) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(ServiceErrorType.UNAVAILABLE)
				.message("The request did not complete within its budget of " + this.budget.toMillis()
						+ " ms; try again later")
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
