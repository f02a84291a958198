package org.grassroots.api.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.grassroots.application.cases.CaseCatalog;
import org.grassroots.application.cases.CaseVisibility;
import org.grassroots.graph.cases.ArchivedCases;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.CaseFilter;
import org.grassroots.graph.cases.CaseKind;
import org.grassroots.graph.cases.CaseRelation;
import org.grassroots.graph.cases.CaseStatistics;
import org.grassroots.graph.cases.CaseStatus;
import org.grassroots.graph.cases.Cases;
import org.grassroots.graph.cases.Stage;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Position;
import org.grassroots.graph.paging.Seek;
import org.grassroots.graph.read.Projected;
import org.grassroots.graph.region.Regions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case controller alone: how arguments become filters, orders and pages, and how bad
 * arguments are reported. The store behind it records what it was asked.
 */
@GraphQlTest(CaseController.class)
@Import({ CaseCatalog.class, CaseVisibility.class, CaseLists.class })
class CaseControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	RecordingCases cases;

	/** Never asked: these callers are anonymous, whose visibility needs no graph. */
	@MockitoBean
	Regions regions;

	/** Never asked: no test here lists archived cases. */
	@MockitoBean
	ArchivedCases archived;

	@BeforeEach
	void forgetEarlierRequests() {
		this.cases.filters.clear();
		this.cases.orders.clear();
		this.cases.seeks.clear();
		this.cases.groupings.clear();
	}

	@Test
	void filterAndOrderArgumentsReachTheStoreAsOneFilterAndOrder() {
		this.graphQl.document("""
				{ cases(first: 5, orderBy: {field: RAISED_ON, direction: DESC},
				        filter: {regionKey: "jm-jianghai", statuses: [COMPLETED], kinds: [MICRO_PROJECT],
				                 raisedFrom: "2026-01-01", raisedTo: "2026-03-31", raisedByKey: "rep-pan-aijuan"}) {
				    edges { node { key } } } }""")
			.execute()
			.path("cases.edges[0].node.key")
			.entity(String.class)
			.isEqualTo("case-1");

		assertThat(this.cases.filters)
			.containsExactly(new CaseFilter(Set.of(CaseKind.MICRO_PROJECT), Set.of(CaseStatus.COMPLETED), "jm-jianghai",
					LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, "rep-pan-aijuan", null, null, null));
		assertThat(this.cases.orders).containsExactly(CaseFilter.SORTS.get("RAISED_ON").descending());
		assertThat(this.cases.seeks).containsExactly(Seek.first(5));
	}

	@Test
	void statisticsComputeOnlyTheGroupingsTheQuerySelects() {
		this.graphQl.document("{ caseStatistics { total byKind { key count } byMonth { key } } }").execute();

		assertThat(this.cases.groupings)
			.containsExactly(Set.of(CaseStatistics.Grouping.BY_KIND, CaseStatistics.Grouping.BY_MONTH));
	}

	@Test
	void aCursorSeeksPastThePositionItWasMadeFrom() {
		String cursor = this.graphQl.document("{ cases(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("cases.pageInfo.endCursor")
			.entity(String.class)
			.get();

		this.graphQl
			.document("query($after: String) { cases(first: 1, after: $after) { pageInfo { hasPreviousPage } } }")
			.variable("after", cursor)
			.execute()
			.path("cases.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(true);

		assertThat(this.cases.seeks.getLast()).isEqualTo(Seek.after(new Position("case-1", "case-1"), 1));
	}

	@Test
	void datesTheWrongWayRoundAreABadRequestThatNeverReachesTheStore() {
		this.graphQl.document("""
				{ cases(filter: {raisedFrom: "2026-02-01", raisedTo: "2026-01-01"}) { totalCount } }""")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST && "cases".equals(error.getPath()))
			.verify();

		assertThat(this.cases.filters).isEmpty();
	}

	@Test
	void aPageSizeAboveTheMaximumIsABadRequestThatNeverReachesTheStore() {
		this.graphQl.document("{ cases(first: 101) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& error.getMessage().contains("between 1 and 100"))
			.verify();

		assertThat(this.cases.seeks).isEmpty();
	}

	/** One case, and a record of what the controller asked for. */
	@TestConfiguration
	static class RecordingCases implements Cases {

		private static final Case CASE = new Case("case-1", "路灯", "summary", "narrative", CaseKind.MICRO_PROJECT,
				CaseStatus.COMPLETED, "南村", LocalDate.of(2026, 3, 1), null, null, null, "test");

		final List<CaseFilter> filters = new ArrayList<>();

		final List<Order> orders = new ArrayList<>();

		final List<Seek> seeks = new ArrayList<>();

		final List<Set<CaseStatistics.Grouping>> groupings = new ArrayList<>();

		@Bean
		RecordingCases cases() {
			return this;
		}

		@Override
		public Page<Case> page(CaseFilter filter, Order order, Seek seek) {
			this.filters.add(filter);
			this.orders.add(order);
			this.seeks.add(seek);
			boolean pastIt = seek.from() != null;
			return pastIt ? Page.empty() : new Page<>(List.of(CASE), List.of(new Position("case-1", "case-1")), false);
		}

		@Override
		public Page<Map<String, Object>> projectedPage(CaseFilter filter, Order order, Seek seek, boolean counted,
				Function<String, Projected> projection) {
			Page<Map<String, Object>> page = page(filter, order, seek).map((kase) -> Map.of("id", kase.id()));
			return counted ? page.withTotal(count(filter)) : page;
		}

		@Override
		public long count(CaseFilter filter) {
			return 1;
		}

		@Override
		public Optional<Case> findById(String id) {
			return Optional.of(CASE).filter((kase) -> kase.id().equals(id));
		}

		@Override
		public Optional<Case> findIncludingArchived(String id) {
			return findById(id);
		}

		@Override
		public List<Case> findByIds(Collection<String> ids) {
			return ids.contains(CASE.id()) ? List.of(CASE) : List.of();
		}

		@Override
		public CaseStatistics statistics(CaseFilter filter, Set<CaseStatistics.Grouping> groupings) {
			this.groupings.add(groupings);
			return new CaseStatistics(1, 0, 0, List.of(), List.of(), List.of(), List.of());
		}

		@Override
		public Map<String, List<Stage>> timelines(Collection<String> caseIds) {
			return Map.of();
		}

		@Override
		public Map<String, Page<Case>> pagesOf(CaseRelation relation, Collection<String> ownerIds, CaseFilter filter,
				Order order, Seek seek) {
			return Map.of();
		}

		@Override
		public Map<String, Page<Case>> pagesWithTotalsOf(CaseRelation relation, Collection<String> ownerIds,
				CaseFilter filter, Order order, Seek seek) {
			return Map.of();
		}

		@Override
		public Map<String, Long> countsOf(CaseRelation relation, Collection<String> ownerIds, CaseFilter filter) {
			return Map.of();
		}

	}

}
