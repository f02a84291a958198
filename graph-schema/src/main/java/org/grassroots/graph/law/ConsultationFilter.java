package org.grassroots.graph.law;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.grassroots.graph.paging.CypherFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which consultations to list; every part is optional and all given parts must hold.
 *
 * @param lawId on this law or draft
 * @param stationId held by this contact point
 * @param withinId held by a contact point in this region or anywhere below it
 * @param openedFrom opened on or after this day
 * @param openedTo opened on or before this day
 * @param titleContains text the title contains
 */
public record ConsultationFilter(@Nullable String lawId, @Nullable String stationId, @Nullable String withinId,
		@Nullable LocalDate openedFrom, @Nullable LocalDate openedTo,
		@Nullable String titleContains) implements CypherFilter {

	public static final ConsultationFilter ALL = new ConsultationFilter(null, null, null, null, null, null);

	@Override
	public String where() {
		return """
				($lawId IS NULL OR EXISTS { (c)-[:ON]->(:Law {id: $lawId}) })
				AND ($stationId IS NULL OR EXISTS { (c)-[:HELD_BY]->(:Station {id: $stationId}) })
				AND ($withinId IS NULL OR EXISTS {
				      (c)-[:HELD_BY]->(:Station)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..]->(:Region {id: $withinId}) })
				AND ($openedFrom IS NULL OR c.openedOn >= $openedFrom)
				AND ($openedTo IS NULL OR c.openedOn <= $openedTo)
				AND ($titleContains IS NULL OR c.title CONTAINS $titleContains)""";
	}

	@Override
	public Map<String, @Nullable Object> parameters() {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("lawId", this.lawId);
		parameters.put("stationId", this.stationId);
		parameters.put("withinId", this.withinId);
		parameters.put("openedFrom", this.openedFrom);
		parameters.put("openedTo", this.openedTo);
		parameters.put("titleContains", this.titleContains);
		return parameters;
	}

}
