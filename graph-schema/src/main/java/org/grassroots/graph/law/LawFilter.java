package org.grassroots.graph.law;

import java.util.HashMap;
import java.util.Map;

import org.grassroots.graph.paging.CypherFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which laws to list; every part is optional and all given parts must hold.
 *
 * @param kind of this kind
 * @param titleContains text the title contains
 * @param consultedAtStationId with a consultation held by this contact point
 */
public record LawFilter(@Nullable LawKind kind, @Nullable String titleContains,
		@Nullable String consultedAtStationId) implements CypherFilter {

	public static final LawFilter ALL = new LawFilter(null, null, null);

	@Override
	public String where() {
		return """
				($kind IS NULL OR l.kind = $kind)
				AND ($titleContains IS NULL OR l.title CONTAINS $titleContains)
				AND ($stationId IS NULL OR EXISTS { (l)<-[:ON]-(:Consultation)-[:HELD_BY]->(:Station {id: $stationId}) })""";
	}

	@Override
	public Map<String, @Nullable Object> parameters() {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("kind", (this.kind != null) ? this.kind.name() : null);
		parameters.put("titleContains", this.titleContains);
		parameters.put("stationId", this.consultedAtStationId);
		return parameters;
	}

}
