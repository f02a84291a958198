package org.grassroots.graph.cases;

import java.time.LocalDate;
import java.util.Set;

import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which cases to list; every part is optional and all given parts must hold.
 *
 * @param kinds any of these kinds
 * @param statuses any of these statuses
 * @param regionId located in this region or anywhere below it
 * @param raisedFrom raised on or after this day
 * @param raisedTo raised on or before this day
 * @param titleContains text the title contains
 * @param raisedBy raised by this deputy
 * @param stationId collected at this station
 * @param gridId in this grid or a grid that is part of it
 * @param lawId concerning this law or draft
 */
public record CaseFilter(Set<CaseKind> kinds, Set<CaseStatus> statuses, @Nullable String regionId,
		@Nullable LocalDate raisedFrom, @Nullable LocalDate raisedTo, @Nullable String titleContains,
		@Nullable String raisedBy, @Nullable String stationId, @Nullable String gridId,
		@Nullable String lawId) implements ConditionsFilter {

	/** What cases can be ordered by. */
	public static final Sorts SORTS = Sorts.of(Sorts.text("KEY", "c.id"), Sorts.text("TITLE", "c.title"),
			Sorts.date("RAISED_ON", "c.raisedOn"), Sorts.date("COMPLETED_ON", "c.completedOn"),
			Sorts.number("FUNDING", "c.fundingYuan"), Sorts.number("BENEFICIARIES", "c.beneficiaries"));

	public static final CaseFilter ALL = new CaseFilter(Set.of(), Set.of(), null, null, null, null, null, null, null,
			null);

	public CaseFilter {
		kinds = Set.copyOf(kinds);
		statuses = Set.copyOf(statuses);
	}

	@Override
	public boolean bounded() {
		return conditions().anchored();
	}

	@Override
	public String match(String node) {
		return conditions().match(node);
	}

	@Override
	public Conditions conditions() {
		return new Conditions().and("kinds", this.kinds.stream().map(Enum::name).sorted().toList(), "c.kind IN $kinds")
			.and("statuses", this.statuses.stream().map(Enum::name).sorted().toList(),
					"coalesce(c.status, 'RECEIVED') IN $statuses")
			.anchor("regionId", this.regionId, "(:Region {id: $regionId})<-[:WITHIN*0..]-(:Region)<-[:LOCATED_IN]-",
					"EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..]->(:Region {id: $regionId}) }")
			.and("raisedFrom", this.raisedFrom, "c.raisedOn >= $raisedFrom")
			.and("raisedTo", this.raisedTo, "c.raisedOn <= $raisedTo")
			.and("titleContains", this.titleContains, "c.title CONTAINS $titleContains")
			.and("raisedBy", this.raisedBy, "EXISTS { (c)<-[:RAISED]-(:Representative {id: $raisedBy}) }")
			.and("stationId", this.stationId, "EXISTS { (c)-[:COLLECTED_AT]->(:Station {id: $stationId}) }")
			.and("gridId", this.gridId, "EXISTS { (c)-[:IN_GRID]->(:Grid)-[:PART_OF*0..]->(:Grid {id: $gridId}) }")
			.and("lawId", this.lawId, "EXISTS { (c)-[:CONCERNS]->(:Law {id: $lawId}) }");
	}

}
