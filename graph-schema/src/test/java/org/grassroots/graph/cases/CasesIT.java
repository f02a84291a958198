package org.grassroots.graph.cases;

import java.util.ArrayList;
import java.util.List;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class CasesIT extends Neo4jIntegrationTest {

	@Autowired
	Cases cases;

	@Test
	void pagesWalkEveryCaseOnceInIdOrder() {
		List<String> seen = new ArrayList<>();
		CasePage page = this.cases.page(null, 2);
		seen.addAll(page.cases().stream().map(Case::id).toList());
		while (page.hasNext()) {
			page = this.cases.page(seen.getLast(), 2);
			seen.addAll(page.cases().stream().map(Case::id).toList());
		}

		assertThat(seen).hasSize((int) this.cases.count()).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void aPageAfterTheLastCaseIsEmpty() {
		CasePage all = this.cases.page(null, 1000);

		CasePage after = this.cases.page(all.cases().getLast().id(), 10);

		assertThat(after.cases()).isEmpty();
		assertThat(after.hasNext()).isFalse();
	}

	@Test
	void anUnknownIdFindsNothing() {
		assertThat(this.cases.findById("no-such-case")).isEmpty();
	}

}
