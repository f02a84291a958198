package org.grassroots.graph.region;

import java.util.HashMap;
import java.util.Map;

import org.grassroots.graph.paging.CypherFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which regions to list; every part is optional and all given parts must hold.
 *
 * @param level at this level
 * @param withinId anywhere below this region
 * @param nameContains text the name contains
 */
public record RegionFilter(@Nullable RegionLevel level, @Nullable String withinId,
		@Nullable String nameContains) implements CypherFilter {

	public static final RegionFilter ALL = new RegionFilter(null, null, null);

	@Override
	public String where() {
		return """
				($level IS NULL OR r.level = $level)
				AND ($withinId IS NULL OR EXISTS { (r)-[:WITHIN*1..]->(:Region {id: $withinId}) })
				AND ($nameContains IS NULL OR r.name CONTAINS $nameContains)""";
	}

	@Override
	public Map<String, @Nullable Object> parameters() {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("level", (this.level != null) ? this.level.name() : null);
		parameters.put("withinId", this.withinId);
		parameters.put("nameContains", this.nameContains);
		return parameters;
	}

}
