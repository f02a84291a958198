package org.grassroots.graph.representative;

import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which deputies to list; every part is optional and all given parts must hold.
 *
 * @param level sitting in this congress (among others)
 * @param withinId elected from, or stationed in, this region or anywhere below it
 * @param nameContains text the name contains
 * @param stationId stationed at this station
 */
public record RepresentativeFilter(@Nullable CongressLevel level, @Nullable String withinId,
		@Nullable String nameContains, @Nullable String stationId) implements ConditionsFilter {

	/** What deputies can be ordered by. */
	public static final Sorts SORTS = Sorts.of(Sorts.text("KEY", "r.id"), Sorts.text("NAME", "r.name"));

	public static final RepresentativeFilter ALL = new RepresentativeFilter(null, null, null, null);

	@Override
	public Conditions conditions() {
		return new Conditions().and("level", this.level, "$level IN r.levels")
			.and("withinId", this.withinId, """
					EXISTS { (r)-[:ELECTED_FROM]->(:Region)-[:WITHIN*0..]->(:Region {id: $withinId}) }
					OR EXISTS { (r)-[:STATIONED_AT]->(:Station)-[:LOCATED_IN]->(:Region)
					            -[:WITHIN*0..]->(:Region {id: $withinId}) }""")
			.and("nameContains", this.nameContains, "r.name CONTAINS $nameContains")
			.and("stationId", this.stationId, "EXISTS { (r)-[:STATIONED_AT]->(:Station {id: $stationId}) }");
	}

}
