package org.grassroots.graph.cases;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Seek;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class CasesIT extends Neo4jIntegrationTest {

	@Autowired
	Cases cases;

	@Test
	void pagesWalkEveryCaseOnceInIdOrder() {
		List<String> seen = new ArrayList<>();
		Page<Case> page = this.cases.page(CaseFilter.ALL, CaseFilter.SORTS.byKey(), Seek.first(2));
		seen.addAll(page.items().stream().map(Case::id).toList());
		while (page.hasNext()) {
			page = this.cases.page(CaseFilter.ALL, CaseFilter.SORTS.byKey(), Seek.after(page.lastPosition(), 2));
			seen.addAll(page.items().stream().map(Case::id).toList());
		}

		assertThat(seen).hasSize((int) this.cases.count(CaseFilter.ALL)).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void aPageAfterTheLastCaseIsEmpty() {
		Page<Case> all = this.cases.page(CaseFilter.ALL, CaseFilter.SORTS.byKey(), Seek.first(1000));

		Page<Case> after = this.cases.page(CaseFilter.ALL, CaseFilter.SORTS.byKey(),
				Seek.after(all.lastPosition(), 10));

		assertThat(after.items()).isEmpty();
		assertThat(after.hasNext()).isFalse();
	}

	@Test
	void aCaseCarriesItsStatusDatesAndFigures() {
		Case drainage = this.cases.findById("jianghai-wenyuan-drainage-renovation").orElseThrow();

		assertThat(drainage.status()).isEqualTo(CaseStatus.COMPLETED);
		assertThat(drainage.raisedOn()).isEqualTo(java.time.LocalDate.of(2023, 3, 22));
		assertThat(drainage.fundingYuan()).isEqualTo(180_000L);
	}

	@Test
	void timelinesOfManyCasesComeInOrderFromOneQuery() {
		var timelines = this.cases.timelines(List.of("jianghai-wenyuan-drainage-renovation",
				"pengjiang-nancun-solar-street-lights", "no-such-case"));

		assertThat(timelines).containsOnlyKeys("jianghai-wenyuan-drainage-renovation",
				"pengjiang-nancun-solar-street-lights");
		assertThat(timelines.get("jianghai-wenyuan-drainage-renovation")).extracting(Stage::stage)
			.containsExactly(CaseStage.REPORTED, CaseStage.COLLECTED, CaseStage.ASSIGNED, CaseStage.HANDLED);
		assertThat(timelines.get("jianghai-wenyuan-drainage-renovation").getFirst().on())
			.isEqualTo(java.time.LocalDate.of(2023, 3, 22));
	}

	@Test
	void filtersCombineKindStatusRegionBelowAndDates() {
		var jianghaiMicroProjects = new CaseFilter(Set.of(CaseKind.MICRO_PROJECT), Set.of(CaseStatus.COMPLETED),
				"jm-jianghai", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, null, null, null, null);

		assertThat(this.cases.page(jianghaiMicroProjects, CaseFilter.SORTS.byKey(), Seek.first(10)).items())
			.extracting(Case::id)
			.containsExactly("jianghai-wenyuan-drainage-renovation");
		assertThat(this.cases.count(jianghaiMicroProjects)).isEqualTo(1);
	}

	@Test
	void aRegionFilterTakesInEverythingBelowIt() {
		var luokeng = new CaseFilter(Set.of(), Set.of(), "jm-xinhui-luokeng", null, null, null, null, null, null, null);
		var titled = new CaseFilter(Set.of(), Set.of(), "jm-xinhui", null, null, "护栏", null, null, null, null);

		assertThat(this.cases.count(luokeng)).isEqualTo(3);
		assertThat(this.cases.page(titled, CaseFilter.SORTS.byKey(), Seek.first(10)).items()).extracting(Case::id)
			.containsExactly("xinhui-luokeng-xiqili-fishpond-railing", "xinhui-luokeng-yuelong-steel-railing");
	}

	@Test
	void statisticsGroupTheFilteredCasesTheWayTheReportsDo() {
		var jianghai = new CaseFilter(Set.of(), Set.of(), "jm-jianghai", null, null, null, null, null, null, null);

		CaseStatistics statistics = this.cases.statistics(jianghai);

		assertThat(statistics.total()).isEqualTo(3);
		assertThat(statistics.fundingYuan()).isEqualTo(180_000);
		assertThat(statistics.byKind()).extracting(CaseStatistics.Bucket::key)
			.containsExactly("DEPUTY_SUGGESTION", "DRAFT_LAW_OPINION", "MICRO_PROJECT");
		// only the drainage repair has a known raising date
		assertThat(statistics.byMonth()).containsExactly(new CaseStatistics.Bucket("2023-03", "2023-03", 1));
		assertThat(statistics.byDistrict()).containsExactly(new CaseStatistics.Bucket("jm-jianghai", "江海区", 3));
	}

	@Test
	void anUnknownIdFindsNothing() {
		assertThat(this.cases.findById("no-such-case")).isEmpty();
	}

}
