package org.grassroots.graph.station;

import java.util.HashMap;
import java.util.Map;

import org.grassroots.graph.paging.CypherFilter;
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
		@Nullable String coversGridId) implements CypherFilter {

	public static final StationFilter ALL = new StationFilter(null, null, null, null);

	@Override
	public String where() {
		return """
				($kind IS NULL OR s.kind = $kind)
				AND ($withinId IS NULL OR EXISTS {
				      (s)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..]->(:Region {id: $withinId}) })
				AND ($nameContains IS NULL OR s.name CONTAINS $nameContains)
				AND ($coversGridId IS NULL OR EXISTS {
				      (s)-[:COVERS]->(:Grid)<-[:PART_OF*0..]-(:Grid {id: $coversGridId}) })""";
	}

	@Override
	public Map<String, @Nullable Object> parameters() {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("kind", (this.kind != null) ? this.kind.name() : null);
		parameters.put("withinId", this.withinId);
		parameters.put("nameContains", this.nameContains);
		parameters.put("coversGridId", this.coversGridId);
		return parameters;
	}

}
