package org.grassroots.graph.region;

import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which regions to list; every part is optional and all given parts must hold.
 *
 * @param level at this level
 * @param withinId anywhere below this region
 * @param nameContains text the name contains
 */
public record RegionFilter(@Nullable RegionLevel level, @Nullable String withinId,
		@Nullable String nameContains) implements ConditionsFilter {

	/** What regions can be ordered by. */
	public static final Sorts SORTS = Sorts.of(Sorts.text("KEY", "r.id"), Sorts.text("NAME", "r.name"),
			Sorts.text("CODE", "coalesce(r.code, '')"));

	public static final RegionFilter ALL = new RegionFilter(null, null, null);

	@Override
	public Conditions conditions() {
		return new Conditions().and("level", this.level, "r.level = $level")
			.and("withinId", this.withinId, "EXISTS { (r)-[:WITHIN*1..]->(:Region {id: $withinId}) }")
			.and("nameContains", this.nameContains, "r.name CONTAINS $nameContains");
	}

}
