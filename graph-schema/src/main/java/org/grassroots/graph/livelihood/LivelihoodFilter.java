package org.grassroots.graph.livelihood;

import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which projects to list; every part is optional.
 *
 * @param fromYear voted in this year or later
 * @param toYear voted in this year or earlier
 * @param chosen chosen by the vote (true) or not (false)
 * @param field serving this area
 */
public record LivelihoodFilter(@Nullable Integer fromYear, @Nullable Integer toYear, @Nullable Boolean chosen,
		@Nullable String field) implements ConditionsFilter {

	/** What projects can be ordered by. */
	public static final Sorts SORTS = Sorts.of(Sorts.text("KEY", "p.id"), Sorts.number("YEAR", "p.year"),
			Sorts.number("BUDGET", "p.budgetYuan"));

	public static final LivelihoodFilter ALL = new LivelihoodFilter(null, null, null, null);

	@Override
	public Conditions conditions() {
		return new Conditions().and("fromYear", this.fromYear, "p.year >= $fromYear")
			.and("toYear", this.toYear, "p.year <= $toYear")
			.and("chosen", this.chosen, "p.chosen = $chosen")
			.and("field", this.field, "p.field = $field");
	}

}
