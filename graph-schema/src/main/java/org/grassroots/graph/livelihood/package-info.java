/**
 * Voted livelihood projects (民生实事票决制): each year the city congress's deputies vote the
 * year's ten livelihood projects from the candidates; the chosen ones have sub-items with
 * budgets, are delivered as cases, and the deputies rate their delivery.
 */
@NullMarked
package org.grassroots.graph.livelihood;

import org.jspecify.annotations.NullMarked;
