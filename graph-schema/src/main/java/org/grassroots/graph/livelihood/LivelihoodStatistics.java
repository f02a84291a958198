package org.grassroots.graph.livelihood;

import org.jspecify.annotations.Nullable;

/**
 * What the work reports say of the voted projects of a span of years.
 *
 * @param years how many years had a vote
 * @param projects how many projects the votes chose
 * @param items how many sub-items those have
 * @param budgetYuan their budget together
 * @param candidates how many candidates were voted on
 * @param satisfaction the mean of the deputies' satisfaction ratings, where rated
 */
public record LivelihoodStatistics(long years, long projects, long items, long budgetYuan, long candidates,
		@Nullable Double satisfaction) {
}
