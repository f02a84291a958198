package org.grassroots.graph.livelihood;

import org.jspecify.annotations.Nullable;

/**
 * A candidate for a year's livelihood projects, with the deputies' vote on it.
 *
 * @param id business key, e.g. {@code lp-2023-03}
 * @param year the year it was voted for
 * @param rank its place among the year's chosen projects, if chosen
 * @param field what area of livelihood it serves, e.g. {@code EDUCATION}
 * @param title e.g. 2023年市十件民生实事：教育
 * @param chosen whether the vote chose it
 * @param votes the deputies' votes
 * @param budgetYuan the budget of its sub-items together
 * @param itemCount how many sub-items it has
 * @param satisfaction the deputies' satisfaction with its delivery, in percent, once
 * rated
 * @param regionId the region whose congress voted on it
 * @param version raised by every change
 * @param source where the facts come from
 */
public record LivelihoodProject(String id, int year, @Nullable Integer rank, String field, String title, boolean chosen,
		Votes votes, long budgetYuan, int itemCount, @Nullable Double satisfaction, @Nullable String regionId,
		long version, String source) {

	/**
	 * How the deputies voted.
	 *
	 * @param inFavour for
	 * @param against against
	 * @param abstained abstentions
	 */
	public record Votes(long inFavour, long against, long abstained) {
	}

}
