package org.grassroots.graph.station;

import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which grids to list; every part is optional and all given parts must hold.
 *
 * @param size of this size
 * @param withinId lying in this region or anywhere below it
 * @param coveredByStationId covered by this station (small grids through their large
 * grid)
 * @param nameContains text the name contains
 */
public record GridFilter(@Nullable GridSize size, @Nullable String withinId, @Nullable String coveredByStationId,
		@Nullable String nameContains) implements ConditionsFilter {

	/** What grids can be ordered by. */
	public static final Sorts SORTS = Sorts.of(Sorts.text("KEY", "g.id"), Sorts.text("NAME", "g.name"));

	public static final GridFilter ALL = new GridFilter(null, null, null, null);

	@Override
	public Conditions conditions() {
		return new Conditions().and("size", this.size, "g.size = $size")
			.and("withinId", this.withinId,
					"EXISTS { (g)-[:PART_OF*0..1]->(:Grid)-[:WITHIN]->(:Region)-[:WITHIN*0..]->(:Region {id: $withinId}) }")
			.and("stationId", this.coveredByStationId,
					"EXISTS { (g)-[:PART_OF*0..1]->(:Grid)<-[:COVERS]-(:Station {id: $stationId}) }")
			.and("nameContains", this.nameContains, "g.name CONTAINS $nameContains");
	}

}
