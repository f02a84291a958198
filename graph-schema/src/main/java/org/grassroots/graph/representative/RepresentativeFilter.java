package org.grassroots.graph.representative;

import java.util.HashMap;
import java.util.Map;

import org.grassroots.graph.paging.CypherFilter;
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
		@Nullable String nameContains, @Nullable String stationId) implements CypherFilter {

	public static final RepresentativeFilter ALL = new RepresentativeFilter(null, null, null, null);

	@Override
	public String where() {
		return """
				($level IS NULL OR $level IN r.levels)
				AND ($withinId IS NULL
				     OR EXISTS { (r)-[:ELECTED_FROM]->(:Region)-[:WITHIN*0..]->(:Region {id: $withinId}) }
				     OR EXISTS { (r)-[:STATIONED_AT]->(:Station)-[:LOCATED_IN]->(:Region)
				                 -[:WITHIN*0..]->(:Region {id: $withinId}) })
				AND ($nameContains IS NULL OR r.name CONTAINS $nameContains)
				AND ($stationId IS NULL OR EXISTS { (r)-[:STATIONED_AT]->(:Station {id: $stationId}) })""";
	}

	@Override
	public Map<String, @Nullable Object> parameters() {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("level", (this.level != null) ? this.level.name() : null);
		parameters.put("withinId", this.withinId);
		parameters.put("nameContains", this.nameContains);
		parameters.put("stationId", this.stationId);
		return parameters;
	}

}
