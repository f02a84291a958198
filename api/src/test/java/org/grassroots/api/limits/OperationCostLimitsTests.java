package org.grassroots.api.limits;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationCostLimitsTests {

	@Test
	void pageSizesAndDirectivesNameTheVariablesThatDecideTheCost() {
		String document = """
				query Page($id: ID!, $size: Int, $tail: Int, $more: Boolean!, $less: Boolean!, $order: CaseOrder) {
				  node(id: $id) { id ...Cases @include(if: $more) }
				  regions(last: $tail) { totalCount edges { node { name @skip(if: $less) } } }
				}
				fragment Cases on Station { cases(first: $size, orderBy: $order) { totalCount } }""";

		assertThat(OperationCostLimits.costVariables(Parser.parse(document))).containsExactlyInAnyOrder("size", "tail",
				"more", "less");
	}

	@Test
	void aDocumentWithLiteralPageSizesHasNoCostVariables() {
		String document = "query Station($id: ID!) { node(id: $id) { id ... on Station { cases(first: 5) { totalCount } } } }";

		assertThat(OperationCostLimits.costVariables(Parser.parse(document))).isEmpty();
	}

}
