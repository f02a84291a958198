package org.grassroots.graph.station;

import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which stations to list; every part is optional and all given parts must hold.
 *
 * @param kind of this kind
 * @param withinId located in this region or anywhere below it
 * @param nameContains text the name contains
 * @param coversGridId covering this grid (or the grid it is part of)
 */
public record StationFilter(@Nullable StationKind kind, @Nullable String withinId, @Nullable String nameContains,
		@Nullable String coversGridId) implements ConditionsFilter {

	/** What stations can be ordered by. */
	public static final Sorts SORTS = Sorts.of(Sorts.text("KEY", "s.id"), Sorts.text("NAME", "s.name"),
			Sorts.date("OPENED_ON", "s.openedOn"));

	public static final StationFilter ALL = new StationFilter(null, null, null, null);

	@Override
	public Conditions conditions() {
		return new Conditions().and("kind", this.kind, "s.kind = $kind")
			.and("withinId", this.withinId,
					"EXISTS { (s)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..]->(:Region {id: $withinId}) }")
			.and("nameContains", this.nameContains, "s.name CONTAINS $nameContains")
			.and("coversGridId", this.coversGridId,
					"EXISTS { (s)-[:COVERS]->(:Grid)<-[:PART_OF*0..]-(:Grid {id: $coversGridId}) }");
	}

}
