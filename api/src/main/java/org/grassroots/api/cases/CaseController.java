package org.grassroots.api.cases;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.grassroots.api.error.StaffOnlyException;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.Related;
import org.grassroots.application.access.Caller;
import org.grassroots.application.access.Callers;
import org.grassroots.application.cases.CaseCatalog;
import org.grassroots.application.cases.CaseVisibility.RegionCheck;
import org.grassroots.application.cases.CaseVisibility;
import org.grassroots.graph.cases.ArchivedCaseFilter;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.CaseFilter;
import org.grassroots.graph.cases.CaseStage;
import org.grassroots.graph.cases.CaseStatistics;
import org.grassroots.graph.cases.OpinionOutcome;
import org.grassroots.graph.cases.Stage;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class CaseController {

	static final String TYPE = "Case";

	/** The cursors of the archived cases' list. */
	private static final String ARCHIVED = "ArchivedCase";

	private static final Map<String, CaseStatistics.Grouping> GROUPINGS = Map.of("byStatus",
			CaseStatistics.Grouping.BY_STATUS, "byKind", CaseStatistics.Grouping.BY_KIND, "byMonth",
			CaseStatistics.Grouping.BY_MONTH, "byDistrict", CaseStatistics.Grouping.BY_DISTRICT);

	private final CaseCatalog cases;

	private final CaseVisibility visibility;

	CaseController(CaseCatalog cases, CaseVisibility visibility, BatchLoaderRegistry registry) {
		this.cases = cases;
		this.visibility = visibility;
		registry.forTypePair(RegionCheck.class, Boolean.class)
			.registerMappedBatchLoader((checks, environment) -> Mono.just(visibility.check(checks)));
	}

	/** Archived cases, for the staff who may restore them, in their regions. */
	@QueryMapping
	Connection<Case, ArchivedCaseFilter> archivedCases(DataFetchingEnvironment environment) {
		ArchivedCaseFilter filter = this.cases.archivedFor(Callers.current());
		PageRequest request = PageRequest.of(environment, ARCHIVED, CaseFilter.SORTS.byKey());
		return Connection.of(this.cases.archived(filter, request.order(), request.seek()), ARCHIVED, request, filter);
	}

	@SchemaMapping(typeName = ARCHIVED + "Connection", field = "totalCount")
	long archivedTotalCount(Object connection) {
		return Connections.rootCount(connection, (ArchivedCaseFilter filter) -> this.cases.archivedCount(filter));
	}

	/** Only the groupings the query selects are computed. */
	@QueryMapping
	CaseStatistics caseStatistics(@Argument @Nullable CaseFilterInput filter, DataFetchingFieldSelectionSet selection) {
		Set<CaseStatistics.Grouping> groupings = EnumSet.noneOf(CaseStatistics.Grouping.class);
		GROUPINGS.forEach((field, grouping) -> {
			if (selection.contains(field)) {
				groupings.add(grouping);
			}
		});
		return this.cases.statistics(CaseFilterInput.filterOf(filter), groupings);
	}

	/** One query for the timelines of every case in the response. */
	@BatchMapping(typeName = TYPE)
	Map<Case, List<TimelineEntry>> timeline(List<Case> cases) {
		Map<String, List<Stage>> timelines = this.cases.timelines(cases.stream().map(Case::id).toList());
		Map<String, List<TimelineEntry>> entries = new HashMap<>();
		cases.forEach((kase) -> entries.put(kase.id(),
				timelines.getOrDefault(kase.id(), List.of())
					.stream()
					.map((stage) -> new TimelineEntry(kase, stage))
					.toList()));
		return Related.lists(cases, Case::id, entries);
	}

	@SchemaMapping(typeName = TYPE)
	CompletableFuture<@Nullable String> summary(Case kase, DataLoader<RegionCheck, Boolean> inScope) {
		return staffOnly(kase, inScope, kase::summary);
	}

	@SchemaMapping(typeName = TYPE)
	CompletableFuture<@Nullable String> narrative(Case kase, DataLoader<RegionCheck, Boolean> inScope) {
		return staffOnly(kase, inScope, kase::narrative);
	}

	@SchemaMapping(typeName = TYPE)
	CompletableFuture<@Nullable Map<String, Object>> evaluation(Case kase, DataLoader<RegionCheck, Boolean> inScope) {
		Boolean satisfied = kase.details().evaluationSatisfied();
		if (satisfied == null) {
			return CompletableFuture.completedFuture(null);
		}
		Map<String, Object> evaluation = new HashMap<>();
		evaluation.put("satisfied", satisfied);
		evaluation.put("note", kase.details().evaluationNote());
		return staffOnly(kase, inScope, () -> evaluation);
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable String beneficiaryUnit(Case kase) {
		return kase.details().beneficiaryUnit();
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable Map<String, Object> quantity(Case kase) {
		Double value = kase.details().quantity();
		String unit = kase.details().quantityUnit();
		return (value != null) ? Map.of("value", value, "unit", (unit != null) ? unit : "") : null;
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable Long durationDays(Case kase) {
		return kase.details().durationDays();
	}

	@SchemaMapping(typeName = TYPE)
	@Nullable OpinionOutcome outcome(Case kase) {
		return kase.details().outcome();
	}

	@SchemaMapping(typeName = "CaseStage")
	CaseStage stage(TimelineEntry entry) {
		return entry.stage().stage();
	}

	@SchemaMapping(typeName = "CaseStage")
	@Nullable LocalDate on(TimelineEntry entry) {
		return entry.stage().on();
	}

	@SchemaMapping(typeName = "CaseStage")
	CompletableFuture<@Nullable String> note(TimelineEntry entry, DataLoader<RegionCheck, Boolean> inScope) {
		return staffOnly(entry.kase(), inScope, () -> entry.stage().note());
	}

	/**
	 * The value for staff whose regions cover the case; {@code FORBIDDEN} (and null) for
	 * anyone else.
	 */
	private <T> CompletableFuture<@Nullable T> staffOnly(Case kase, DataLoader<RegionCheck, Boolean> inScope,
			Supplier<@Nullable T> value) {
		Caller caller = Callers.current();
		return switch (this.visibility.answer(caller, kase.regionId())) {
			case VISIBLE -> CompletableFuture.completedFuture(value.get());
			case HIDDEN -> CompletableFuture.failedFuture(new StaffOnlyException());
			case ASK ->
				inScope.load(RegionCheck.of(caller, Objects.requireNonNull(kase.regionId()))).thenApply((covered) -> {
					if (!Boolean.TRUE.equals(covered)) {
						throw new StaffOnlyException();
					}
					return value.get();
				});
		};
	}

	/**
	 * A stage of a case's timeline, with the case, whose regions decide who reads its
	 * note.
	 */
	record TimelineEntry(Case kase, Stage stage) {
	}

}
