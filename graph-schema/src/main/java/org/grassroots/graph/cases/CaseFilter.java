package org.grassroots.graph.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.grassroots.graph.paging.CypherFilter;
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
		@Nullable String lawId) implements CypherFilter {

	public static final CaseFilter ALL = new CaseFilter(Set.of(), Set.of(), null, null, null, null, null, null, null,
			null);

	public CaseFilter {
		kinds = Set.copyOf(kinds);
		statuses = Set.copyOf(statuses);
	}

	@Override
	public String where() {
		return """
				($kinds = [] OR c.kind IN $kinds)
				AND ($statuses = [] OR coalesce(c.status, 'RECEIVED') IN $statuses)
				AND ($regionId IS NULL OR EXISTS {
				      (c)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..]->(:Region {id: $regionId}) })
				AND ($raisedFrom IS NULL OR c.raisedOn >= $raisedFrom)
				AND ($raisedTo IS NULL OR c.raisedOn <= $raisedTo)
				AND ($titleContains IS NULL OR c.title CONTAINS $titleContains)
				AND ($raisedBy IS NULL OR EXISTS { (c)<-[:RAISED]-(:Representative {id: $raisedBy}) })
				AND ($stationId IS NULL OR EXISTS { (c)-[:COLLECTED_AT]->(:Station {id: $stationId}) })
				AND ($gridId IS NULL OR EXISTS { (c)-[:IN_GRID]->(:Grid)-[:PART_OF*0..]->(:Grid {id: $gridId}) })
				AND ($lawId IS NULL OR EXISTS { (c)-[:CONCERNS]->(:Law {id: $lawId}) })""";
	}

	@Override
	public Map<String, @Nullable Object> parameters() {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("kinds", this.kinds.stream().map(Enum::name).sorted().toList());
		parameters.put("statuses", this.statuses.stream().map(Enum::name).sorted().toList());
		parameters.put("regionId", this.regionId);
		parameters.put("raisedFrom", this.raisedFrom);
		parameters.put("raisedTo", this.raisedTo);
		parameters.put("titleContains", this.titleContains);
		parameters.put("raisedBy", this.raisedBy);
		parameters.put("stationId", this.stationId);
		parameters.put("gridId", this.gridId);
		parameters.put("lawId", this.lawId);
		return parameters;
	}

}
