package org.grassroots.graph.cases;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A case as the graph stores it.
 *
 * @param id business key, stable and URL-safe
 * @param title short headline
 * @param summary one or two sentences
 * @param narrative the full story, plain text, paragraphs separated by blank lines
 * @param kind what sort of case it is
 * @param status where it stands
 * @param place where it happened, as people name it (e.g. 蓬江区荷塘镇南村村)
 * @param raisedOn when it was raised, if known
 * @param completedOn when it was done, if known
 * @param fundingYuan money spent on it, if known
 * @param beneficiaries how many households or people it serves, if known
 * @param source where the facts come from (e.g. a seed document)
 * @param details the figures and outcomes beyond the headline ones
 * @param regionId the region it is located in, if any
 * @param version raised by every change, for optimistic locking
 * @param archived whether it was archived (kept, but left out of lists)
 */
public record Case(String id, String title, String summary, String narrative, CaseKind kind, CaseStatus status,
		String place, @Nullable LocalDate raisedOn, @Nullable LocalDate completedOn, @Nullable Long fundingYuan,
		@Nullable Long beneficiaries, String source, Details details, @Nullable String regionId, long version,
		boolean archived) {

	/** A case as first recorded, without details, region or changes. */
	public Case(String id, String title, String summary, String narrative, CaseKind kind, CaseStatus status,
			String place, @Nullable LocalDate raisedOn, @Nullable LocalDate completedOn, @Nullable Long fundingYuan,
			@Nullable Long beneficiaries, String source) {
		this(id, title, summary, narrative, kind, status, place, raisedOn, completedOn, fundingYuan, beneficiaries,
				source, Details.NONE, null, 1, false);
	}

	/**
	 * The figures and outcomes a case may have beyond the headline ones.
	 *
	 * @param beneficiaryUnit what the beneficiaries are counted in, e.g.
	 * {@code HOUSEHOLD}
	 * @param quantity how many things were built or done, e.g. 22
	 * @param quantityUnit what the quantity counts, e.g. 盏太阳能路灯
	 * @param durationDays how many days the work took
	 * @param outcome what became of an opinion or suggestion
	 * @param evaluationSatisfied whether residents were satisfied with the result
	 * @param evaluationNote what residents said of it
	 */
	public record Details(@Nullable String beneficiaryUnit, @Nullable Double quantity, @Nullable String quantityUnit,
			@Nullable Long durationDays, @Nullable OpinionOutcome outcome, @Nullable Boolean evaluationSatisfied,
			@Nullable String evaluationNote) {

		public static final Details NONE = new Details(null, null, null, null, null, null, null);

	}

}
