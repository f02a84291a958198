package org.grassroots.graph.station;

import java.util.HashMap;
import java.util.Map;

import org.grassroots.graph.paging.CypherFilter;
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
		@Nullable String nameContains) implements CypherFilter {

	public static final GridFilter ALL = new GridFilter(null, null, null, null);

	@Override
	public String where() {
		return """
				($size IS NULL OR g.size = $size)
				AND ($withinId IS NULL OR EXISTS {
				      (g)-[:PART_OF*0..1]->(:Grid)-[:WITHIN]->(:Region)-[:WITHIN*0..]->(:Region {id: $withinId}) })
				AND ($stationId IS NULL OR EXISTS {
				      (g)-[:PART_OF*0..1]->(:Grid)<-[:COVERS]-(:Station {id: $stationId}) })
				AND ($nameContains IS NULL OR g.name CONTAINS $nameContains)""";
	}

	@Override
	public Map<String, @Nullable Object> parameters() {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("size", (this.size != null) ? this.size.name() : null);
		parameters.put("withinId", this.withinId);
		parameters.put("stationId", this.coveredByStationId);
		parameters.put("nameContains", this.nameContains);
		return parameters;
	}

}
