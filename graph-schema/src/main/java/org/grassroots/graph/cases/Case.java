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
 */
public record Case(String id, String title, String summary, String narrative, CaseKind kind, CaseStatus status,
		String place, @Nullable LocalDate raisedOn, @Nullable LocalDate completedOn, @Nullable Long fundingYuan,
		@Nullable Long beneficiaries, String source) {
}
