package org.grassroots.graph.paging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.CaseFilter;
import org.grassroots.graph.cases.CaseRelation;
import org.grassroots.graph.cases.CaseStatus;
import org.grassroots.graph.cases.Cases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

class OrderedPagingIT extends Neo4jIntegrationTest {

	private static final Order LATEST_FIRST = CaseFilter.SORTS.get("RAISED_ON").descending();

	private static final Comparator<Case> LATEST_FIRST_THEN_KEY = Comparator
		.comparing((Case kase) -> (kase.raisedOn() != null) ? kase.raisedOn() : LocalDate.MIN)
		.thenComparing(Case::id)
		.reversed();

	@Autowired
	Cases cases;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void smallPagesInAnyOrderWalkTheSameListAsOneLargePage() {
		List<Case> all = this.cases.page(CaseFilter.ALL, LATEST_FIRST, Seek.first(100)).items();

		List<Case> walked = walk(CaseFilter.ALL, LATEST_FIRST, 3);

		assertThat(walked).isEqualTo(all).isSortedAccordingTo(LATEST_FIRST_THEN_KEY);
		assertThat(all).hasSize((int) this.cases.count(CaseFilter.ALL));
	}

	@Test
	void pagingBackwardsFromTheEndWalksTheSameListBackwards() {
		List<Case> all = this.cases.page(CaseFilter.ALL, CaseFilter.SORTS.get("FUNDING").ascending(), Seek.first(100))
			.items();

		List<Case> walked = new ArrayList<>();
		Page<Case> page = this.cases.page(CaseFilter.ALL, CaseFilter.SORTS.get("FUNDING").ascending(),
				new Seek(true, null, 4));
		walked.addAll(0, page.items());
		while (page.hasNext()) {
			page = this.cases.page(CaseFilter.ALL, CaseFilter.SORTS.get("FUNDING").ascending(),
					new Seek(true, page.positions().getFirst(), 4));
			walked.addAll(0, page.items());
		}

		assertThat(walked).isEqualTo(all);
	}

	@Test
	void theListsOfManyOwnersComeFromOneQueryAndMatchTheFilteredList() {
		List<String> deputies = List.of("rep-pan-aijuan", "rep-wu-huanrong", "rep-no-cases");

		Map<String, Page<Case>> pages = this.cases.pagesOf(CaseRelation.RAISED_BY, deputies, CaseFilter.ALL,
				LATEST_FIRST, Seek.first(10));
		Map<String, Long> counts = this.cases.countsOf(CaseRelation.RAISED_BY, deputies, CaseFilter.ALL);

		assertThat(pages).containsOnlyKeys("rep-pan-aijuan", "rep-wu-huanrong");
		assertThat(pages.get("rep-pan-aijuan").items()).extracting(Case::id)
			.containsExactly("pengjiang-nancun-solar-street-lights");
		assertThat(pages.get("rep-wu-huanrong").items())
			.isEqualTo(this.cases.page(raisedBy("rep-wu-huanrong"), LATEST_FIRST, Seek.first(10)).items());
		assertThat(counts).containsExactlyInAnyOrderEntriesOf(
				Map.of("rep-pan-aijuan", 1L, "rep-wu-huanrong", 1L, "rep-no-cases", 0L));
	}

	@Test
	void aRegionsListTakesInEverythingBelowItAndCountsEachItemOnce() {
		var jianghai = new CaseFilter(Set.of(), Set.of(), "jm-jianghai", null, null, null, null, null, null, null);

		Map<String, Long> counts = this.cases.countsOf(CaseRelation.LOCATED_IN, List.of("jm-jianghai"), CaseFilter.ALL);

		assertThat(counts.get("jm-jianghai")).isEqualTo(this.cases.count(jianghai));
	}

	@Test
	void listsReadLargestFirstFromTheSortIndexWalkInTheSortedOrder() {
		// Enough dated and funded cases that whole pages come from the indexes, some tied
		this.neo4j.query("""
				UNWIND range(1, 7) AS n
				CREATE (:Case {id: 'paging-' + n, title: '路灯' + n, summary: '', narrative: '', kind: 'MICRO_PROJECT',
				  status: CASE WHEN n % 2 = 0 THEN 'COMPLETED' ELSE 'IN_PROGRESS' END, place: '', source: 'test',
				  raisedOn: date('2026-01-01') + duration({days: n % 4}), fundingYuan: 1000 * (n % 3),
				  completedOn: CASE WHEN n > 3 THEN date('2026-06-0' + n) END})""").run();
		try {
			walkLargestFirst();
		}
		finally {
			this.neo4j.query("MATCH (c:Case) WHERE c.id STARTS WITH 'paging-' DETACH DELETE c").run();
		}
	}

	private void walkLargestFirst() {
		Comparator<Case> byFunding = Comparator
			.comparing((Case kase) -> (kase.fundingYuan() != null) ? kase.fundingYuan() : 0L)
			.thenComparing(Case::id)
			.reversed();
		Comparator<Case> byCompletion = Comparator
			.comparing((Case kase) -> (kase.completedOn() != null) ? kase.completedOn() : LocalDate.MIN)
			.thenComparing(Case::id)
			.reversed();
		List<Case> every = this.cases.findByIds(allIds());

		for (CaseStatus status : List.of(CaseStatus.COMPLETED, CaseStatus.IN_PROGRESS)) {
			var withStatus = new CaseFilter(Set.of(), Set.of(status), null, null, null, null, null, null, null, null);
			List<Case> expected = every.stream()
				.filter((kase) -> kase.status() == status)
				.sorted(LATEST_FIRST_THEN_KEY)
				.toList();

			assertThat(walk(withStatus, LATEST_FIRST, 2)).isEqualTo(expected).isNotEmpty();
		}
		for (var sorted : Map
			.of(LATEST_FIRST, LATEST_FIRST_THEN_KEY, CaseFilter.SORTS.get("FUNDING").descending(), byFunding,
					CaseFilter.SORTS.get("COMPLETED_ON").descending(), byCompletion)
			.entrySet()) {
			List<Case> expected = every.stream().sorted(sorted.getValue()).toList();
			Page<Case> counted = this.cases.pageWithTotal(CaseFilter.ALL, sorted.getKey(), Seek.first(3));

			assertThat(walk(CaseFilter.ALL, sorted.getKey(), 3)).isEqualTo(expected);
			assertThat(counted.items()).isEqualTo(expected.subList(0, 3));
			assertThat(counted.total()).isEqualTo(expected.size());
		}
	}

	@Test
	void aPageAndItsTotalFromOneQueryMatchThePageAndTheCountApart() {
		var xinhui = new CaseFilter(Set.of(), Set.of(), "jm-xinhui", null, null, null, null, null, null, null);
		var completed = new CaseFilter(Set.of(), Set.of(CaseStatus.COMPLETED), null, null, null, null, null, null, null,
				null);
		assertThat(xinhui.bounded()).isTrue();
		assertThat(completed.bounded()).isFalse();

		for (CaseFilter filter : List.of(xinhui, completed)) {
			for (Order order : List.of(LATEST_FIRST, CaseFilter.SORTS.byKey())) {
				Page<Case> apart = this.cases.page(filter, order, Seek.first(2));
				Page<Case> together = this.cases.pageWithTotal(filter, order, Seek.first(2));
				Page<Case> pastTheEnd = this.cases.pageWithTotal(filter, order,
						Seek.after(this.cases.page(filter, order, Seek.first(100)).lastPosition(), 2));

				assertThat(together.items()).isEqualTo(apart.items());
				assertThat(together.positions()).isEqualTo(apart.positions());
				assertThat(together.hasNext()).isEqualTo(apart.hasNext());
				assertThat(together.total()).isEqualTo(this.cases.count(filter)).isGreaterThan(2);
				assertThat(pastTheEnd.items()).isEmpty();
				assertThat(pastTheEnd.total()).isEqualTo(together.total());
			}
		}
	}

	@Test
	void theListsOfManyOwnersAndTheirTotalsComeFromOneQueryAndMatchThemApart() {
		List<String> regions = List.of("jm-jianghai", "jm-xinhui", "jm-pengjiang-hetang-nancun", "no-such-region");

		Map<String, Page<Case>> apart = this.cases.pagesOf(CaseRelation.LOCATED_IN, regions, CaseFilter.ALL,
				LATEST_FIRST, Seek.first(2));
		Map<String, Long> counts = this.cases.countsOf(CaseRelation.LOCATED_IN, regions, CaseFilter.ALL);
		Map<String, Page<Case>> together = this.cases.pagesWithTotalsOf(CaseRelation.LOCATED_IN, regions,
				CaseFilter.ALL, LATEST_FIRST, Seek.first(2));

		assertThat(together).containsOnlyKeys(regions);
		for (String region : regions) {
			Page<Case> page = together.get(region);
			assertThat(page.items()).isEqualTo(apart.getOrDefault(region, Page.empty()).items());
			assertThat(page.hasNext()).isEqualTo(apart.getOrDefault(region, Page.empty()).hasNext());
			assertThat(page.total()).isEqualTo(counts.getOrDefault(region, 0L));
		}
		assertThat(together.get("jm-xinhui").total()).isGreaterThan(2);
		assertThat(together.get("jm-xinhui").hasNext()).isTrue();
		assertThat(together.get("no-such-region").items()).isEmpty();
	}

	/** The filter's cases, page after page forwards. */
	private List<Case> walk(CaseFilter filter, Order order, int size) {
		List<Case> walked = new ArrayList<>();
		Page<Case> page = this.cases.page(filter, order, Seek.first(size));
		walked.addAll(page.items());
		while (page.hasNext()) {
			page = this.cases.page(filter, order, Seek.after(page.lastPosition(), size));
			walked.addAll(page.items());
		}
		return walked;
	}

	private List<String> allIds() {
		return List.copyOf(this.neo4j.query("MATCH (c:Case) RETURN c.id").fetchAs(String.class).all());
	}

	private static CaseFilter raisedBy(String deputy) {
		return new CaseFilter(Set.of(), Set.of(), null, null, null, null, deputy, null, null, null);
	}

}
