package org.grassroots;

import java.util.List;
import java.util.Map;

import org.grassroots.api.paging.GlobalId;
import org.grassroots.bench.Pages;
import org.grassroots.graph.SharedNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code node} field or a root list whose selection translates is read in one
 * statement, and answers exactly what the loaders answer over the demo graph (see
 * {@link ComposedReadsDifferential}); its statements hold values only as parameters, and
 * what the loaders refuse it refuses.
 */
class ComposedReadsIT extends ComposedReadsDifferential {

	@Override
	void prepareTheGraph() {
		// The demo graph is loaded as the application starts
	}

	@Override
	String keyPrefix() {
		return "";
	}

	@Test
	void aDeputysPageIsOneStatementInsteadOfOnePerLevel() {
		String id = GlobalId.of("Representative", "rep-pan-aijuan");
		this.counter.reset();
		Map<String, Object> composed = execute(Pages.DEPUTY, id, false);
		int composedStatements = this.counter.statements();
		int inProcess = this.counter.inProcess();
		this.counter.reset();
		execute(Pages.DEPUTY, id, true);

		assertThat(composed.toString()).contains("rep-pan-aijuan");
		assertThat(composedStatements).isEqualTo(1);
		assertThat(this.counter.statements()).isGreaterThanOrEqualTo(3);
		assertThat(inProcess).as("the composed statement ran in the database's own transaction")
			.isEqualTo(SharedNeo4j.inProcess().isPresent() ? 1 : 0);
	}

	@Test
	void aQueryOfComposedNodesIsAnsweredWithoutExecutingItsFieldsOneByOne() {
		String station = this.ids.get("Station").get(0);
		String document = "query($id: ID!, $deputy: ID!) { __typename first: node(id: $id) { __typename id } node(id: $id) { ...station } deputy: node(id: $deputy) { ... on Representative { name } } } "
				+ "fragment station on Station { name kind representatives(first: 3) { __typename totalCount edges { node { __typename name } } } }";
		Map<String, Object> variables = Map.of("id", station, "deputy", this.ids.get("Representative").get(0));
		this.fields.reset();
		this.counter.reset();

		Map<String, Object> composed = execute(document, variables, false);

		assertThat(this.fields.fields()).isZero();
		assertThat(this.counter.statements()).isEqualTo(3);
		assertThat(String.valueOf(composed)).as("the selection's order")
			.isEqualTo(String.valueOf(execute(document, variables, true)));
		assertThat(String.valueOf(composed)).contains("__typename=Query", "__typename=RepresentativeConnection",
				"__typename=Representative");
	}

	@Test
	void aQueryWithAnyOtherRootFieldIsExecutedAsUsualAndStillComposesItsNodes() {
		String id = this.ids.get("Station").get(0);
		String document = "query($id: ID!) { node(id: $id) { ... on Station { name } } caseStatistics { total } }";
		this.fields.reset();
		this.counter.reset();

		Map<String, Object> answer = execute(document, Map.of("id", id), false);

		assertThat(answer).doesNotContainKey("errors");
		assertThat(this.fields.fields()).isPositive();
		assertThat(String.valueOf(answer)).isEqualTo(String.valueOf(execute(document, Map.of("id", id), true)));
	}

	@Test
	void aKeyIsAValueNeverPartOfTheStatement() {
		long before = this.neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
		String hostile = GlobalId.of("Representative", "x'}) MATCH (m) DETACH DELETE m //");

		Map<String, Object> answer = execute(Pages.DEPUTY, hostile, false);

		assertThat(answer).containsEntry("data", java.util.Collections.singletonMap("node", null));
		assertThat(this.neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow())
			.isEqualTo(before);
	}

	@Test
	void aCaseListsInvalidArgumentsAreRefusedAsUsual() {
		for (String arguments : List.of("first: 101", "first: 2, last: 2", "after: \"forged\"",
				"filter: {raisedFrom: \"2026-02-01\", raisedTo: \"2026-01-01\"}")) {
			Map<String, Object> composed = sameBothWays(
					"{ cases(" + arguments + ") { totalCount edges { node { key } } } }", Map.of());

			assertThat(errors(composed)).as(arguments)
				.singleElement()
				.asString()
				.contains("classification=BAD_REQUEST", "path=[cases]");
		}
	}

	@Test
	void aCaseListsFilterValuesAreParametersNeverPartOfTheStatement() {
		long before = this.neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
		String hostile = "x' OR true}) MATCH (m) DETACH DELETE m //";
		String document = "query($text: String, $region: String) { cases(filter: {titleContains: $text, regionKey: $region}) { totalCount edges { node { key title region { name } } } } }";

		Map<String, Object> answer = sameBothWays(document, Map.of("text", hostile, "region", hostile));

		assertThat(composedStatements(document, Map.of("text", hostile, "region", hostile))).isEqualTo(1);
		assertThat(at(answer, "data", "cases")).containsEntry("totalCount", 0).containsEntry("edges", List.of());
		assertThat(this.neo4j.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one().orElseThrow())
			.isEqualTo(before);
	}

}
