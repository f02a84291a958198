package org.grassroots.graph.law;

import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which laws to list; every part is optional and all given parts must hold.
 *
 * @param kind of this kind
 * @param titleContains text the title contains
 * @param consultedAtStationId with a consultation held by this contact point
 */
public record LawFilter(@Nullable LawKind kind, @Nullable String titleContains,
		@Nullable String consultedAtStationId) implements ConditionsFilter {

	/** What laws can be ordered by. */
	public static final Sorts SORTS = Sorts.of(Sorts.text("KEY", "l.id"), Sorts.text("TITLE", "l.title"));

	public static final LawFilter ALL = new LawFilter(null, null, null);

	@Override
	public Conditions conditions() {
		return new Conditions().and("kind", this.kind, "l.kind = $kind")
			.and("titleContains", this.titleContains, "l.title CONTAINS $titleContains")
			.and("stationId", this.consultedAtStationId,
					"EXISTS { (l)<-[:ON]-(:Consultation)-[:HELD_BY]->(:Station {id: $stationId}) }");
	}

}
