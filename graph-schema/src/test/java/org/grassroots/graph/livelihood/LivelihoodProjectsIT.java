package org.grassroots.graph.livelihood;

import java.util.List;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.paging.Seek;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's voted livelihood projects answer the work report's figures (seeds/002):
 * since 2019 the city congress's deputies voted 60 projects with 187 sub-items and
 * 121.67亿元.
 */
class LivelihoodProjectsIT extends Neo4jIntegrationTest {

	@Autowired
	LivelihoodProjects projects;

	@Test
	void theVotesSince2019Chose60ProjectsWith187SubItemsAnd12Point167BillionYuan() {
		LivelihoodStatistics since2019 = this.projects.statistics(new LivelihoodFilter(2019, null, null, null));

		assertThat(since2019.years()).isEqualTo(6);
		assertThat(since2019.projects()).isEqualTo(60);
		assertThat(since2019.items()).isEqualTo(187);
		assertThat(since2019.budgetYuan()).isEqualTo(12_167_000_000L);
		assertThat(since2019.candidates()).isGreaterThan(60);
		assertThat(since2019.satisfaction()).isBetween(90.0, 100.0);
	}

	@Test
	void eachYearHasTenChosenProjectsInRankOrderAndTheSeedsNamedSubItems() {
		List<LivelihoodProject> chosen2023 = this.projects
			.page(new LivelihoodFilter(2023, 2023, true, null), LivelihoodFilter.SORTS.byKey(), Seek.first(20))
			.items();

		assertThat(chosen2023).hasSize(10);
		assertThat(chosen2023).extracting(LivelihoodProject::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		String education = chosen2023.stream()
			.filter((project) -> project.field().equals("EDUCATION"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.projects.items(List.of(education)).get(education)).first().satisfies((item) -> {
			assertThat(item.title()).isEqualTo("新增各阶段优质学位");
			assertThat(item.quantity()).isEqualTo(15499.0);
		});
	}

}
