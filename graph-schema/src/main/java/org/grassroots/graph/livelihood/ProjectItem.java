package org.grassroots.graph.livelihood;

import org.jspecify.annotations.Nullable;

/**
 * A sub-item of a livelihood project (项).
 *
 * @param projectId the project
 * @param seq its place in the project, from 1
 * @param title what it does
 * @param budgetYuan money set aside for it
 * @param quantity how many things it delivers, if counted
 * @param quantityUnit what the quantity counts
 */
public record ProjectItem(String projectId, int seq, String title, long budgetYuan, @Nullable Double quantity,
		@Nullable String quantityUnit) {
}
