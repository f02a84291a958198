package org.grassroots;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests over a limit are refused with a clear error and no data: nothing was fetched.
 */
class QueryLimitsIT extends ApiIntegrationTest {

	@Test
	void graphiqlsIntrospectionQueryIsWithinTheLimits() {
		ClientGraphQlResponse response = this.anonymous.document(IntrospectionQuery.INTROSPECTION_QUERY).executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("__schema.queryType.name").toEntity(String.class)).isEqualTo("Query");
	}

	@Test
	void aDocumentDeeperThanTheLimitIsRefused() {
		String deep = "{ __schema { types { fields { type " + "{ ofType ".repeat(18) + "{ name }" + " }".repeat(18)
				+ " } } } }";

		assertThat(refused(deep).getMessage()).contains("depth");
	}

	@Test
	void pageSizesMultiplyIntoComplexity() {
		String many = IntStream.rangeClosed(1, 25)
			.mapToObj(
					(i) -> "c" + i + ": cases(first: 100) { edges { node { id title summary narrative kind place } } }")
			.collect(Collectors.joining(" ", "{ ", " }"));

		assertThat(refused(many).getMessage()).contains("complexity");
	}

	@Test
	void aDocumentWithinTheLimitsIsCheckedAgainWhenItsVariablePageSizesGrow() {
		String document = "query Many($size: Int!) { " + IntStream.rangeClosed(1, 25)
			.mapToObj((i) -> "c" + i
					+ ": cases(first: $size) { edges { node { id key title kind status raisedOn place } } }")
			.collect(Collectors.joining(" ")) + " }";

		ClientGraphQlResponse small = this.anonymous.document(document).variable("size", 1).executeSync();
		ClientGraphQlResponse large = this.anonymous.document(document).variable("size", 100).executeSync();
		ClientGraphQlResponse smallAgain = this.anonymous.document(document).variable("size", 1).executeSync();

		assertThat(small.getErrors()).isEmpty();
		assertThat((Object) large.getData()).isNull();
		assertThat(large.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("complexity"));
		assertThat(smallAgain.getErrors()).isEmpty();
	}

	@Test
	void aDocumentWithinTheDepthLimitIsCheckedAgainWhenADirectiveIncludesMore() {
		String document = "query Types($deeper: Boolean!) { __schema { types { name ... @include(if: $deeper)"
				+ " { fields { type " + "{ ofType ".repeat(17) + "{ name }" + " }".repeat(17) + " } } } } }";

		ClientGraphQlResponse within = this.anonymous.document(document).variable("deeper", false).executeSync();
		ClientGraphQlResponse over = this.anonymous.document(document).variable("deeper", true).executeSync();

		assertThat(within.getErrors()).isEmpty();
		assertThat((Object) over.getData()).isNull();
		assertThat(over.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("depth"));
	}

	@Test
	void tooManyAliasesAreRefused() {
		String aliases = IntStream.rangeClosed(1, 31)
			.mapToObj((i) -> "a" + i + ": cases(first: 1) { totalCount }")
			.collect(Collectors.joining(" ", "{ ", " }"));

		assertThat(refused(aliases).getMessage()).contains("31 aliases");
	}

	@Test
	void fragmentsThatExpandToMillionsOfFieldsAreRefusedAtOnce() {
		StringBuilder bomb = new StringBuilder("{ node(id: \"U3RhdGlvbjpzdGF0aW9uLTE=\") { ...F0 } }");
		for (int i = 0; i < 40; i++) {
			bomb.append(" fragment F")
				.append(i)
				.append(" on Node { ...F")
				.append(i + 1)
				.append(" ...F")
				.append(i + 1)
				.append(" }");
		}
		bomb.append(" fragment F40 on Node { id __typename }");

		assertThat(refused(bomb.toString()).getMessage()).contains("fragments expand to more than");
	}

	@Test
	void fragmentsSpreadManyTimesWithinTheLimitAreAnswered() {
		String document = "{ a: regions(first: 1) { ...R } b: regions(first: 2) { ...R } }"
				+ " fragment R on RegionConnection { totalCount edges { ...E ...E } } fragment E on RegionEdge { node { key } }";

		ClientGraphQlResponse response = this.anonymous.document(document).executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.field("b.edges").toEntityList(Object.class)).hasSize(2);
	}

	@Test
	void anOversizedDocumentIsRefusedByTheParser() {
		String padded = "{ cases(first: 1) { totalCount } }\n" + "# padding\n".repeat(2_500);

		ResponseError error = refused(padded);

		assertThat(error.getErrorType().toString()).isEqualTo("InvalidSyntax");
	}

	private ResponseError refused(String document) {
		ClientGraphQlResponse response = this.anonymous.document(document).executeSync();
		assertThat((Object) response.getData()).isNull();
		assertThat(response.getErrors()).isNotEmpty();
		return response.getErrors().getFirst();
	}

}
