/**
 * Voted livelihood projects (民生实事票决制): the candidates, the deputies' vote, the chosen
 * projects' sub-items and budgets, their delivery as cases and the deputies'
 * satisfaction.
 */
@NullMarked
package org.grassroots.application.livelihood;

import org.jspecify.annotations.NullMarked;
