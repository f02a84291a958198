package org.grassroots.graph.law;

import java.time.LocalDate;

import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.paging.ConditionsFilter;
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
		@Nullable String titleContains) implements ConditionsFilter {

	/** What consultations can be ordered by. */
	public static final Sorts SORTS = Sorts.of(Sorts.text("KEY", "c.id"), Sorts.text("TITLE", "c.title"),
			Sorts.date("OPENED_ON", "c.openedOn"));

	public static final ConsultationFilter ALL = new ConsultationFilter(null, null, null, null, null, null);

	@Override
	public Conditions conditions() {
		return new Conditions().and("lawId", this.lawId, "EXISTS { (c)-[:ON]->(:Law {id: $lawId}) }")
			.and("stationId", this.stationId, "EXISTS { (c)-[:HELD_BY]->(:Station {id: $stationId}) }")
			.and("withinId", this.withinId,
					"EXISTS { (c)-[:HELD_BY]->(:Station)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..]->(:Region {id: $withinId}) }")
			.and("openedFrom", this.openedFrom, "c.openedOn >= $openedFrom")
			.and("openedTo", this.openedTo, "c.openedOn <= $openedTo")
			.and("titleContains", this.titleContains, "c.title CONTAINS $titleContains");
	}

}
