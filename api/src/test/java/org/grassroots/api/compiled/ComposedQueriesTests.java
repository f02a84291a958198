package org.grassroots.api.compiled;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.grassroots.application.reads.ComposedReads;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The execution strategy that answers composed queries, around the engine's own: what it
 * does not answer runs as the engine would run it.
 */
class ComposedQueriesTests {

	private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
			new SchemaParser().parse("type Query { box: Box } type Box { broken: String }"),
			RuntimeWiring.newRuntimeWiring()
				.type("Query", (type) -> type.dataFetcher("box", (environment) -> Map.of()))
				.type("Box", (type) -> type.dataFetcher("broken", (environment) -> {
					throw new IllegalStateException("refused");
				}))
				.build());

	@Test
	void aNestedFetchersExceptionOnTheUsualPathIsHandledByTheUsualStrategysHandler() {
		DataFetcherExceptionHandler handler = (parameters) -> CompletableFuture.completedFuture(
				DataFetcherExceptionHandlerResult
					.newResult(GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment())
						.message("handled: " + parameters.getException().getMessage())
						.build())
					.build());
		// Never asked: no root field here is composed
		ComposedReads reads = mock(ComposedReads.class);
		GraphQL graphQl = GraphQL.newGraphQL(SCHEMA)
			.queryExecutionStrategy(new AsyncExecutionStrategy(handler))
			.instrumentation(new ComposedQueries.Installer(reads, Map.of()))
			.build();

		ExecutionResult result = graphQl.execute("{ box { broken } }");

		assertThat(result.getErrors()).extracting(GraphQLError::getMessage).containsExactly("handled: refused");
		assertThat(result.<Map<String, Object>>getData()).containsKey("box");
	}

}
