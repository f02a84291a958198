package org.grassroots.graph.cases;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One step of a case's timeline.
 *
 * @param stage which step
 * @param on when, if known
 * @param note what happened
 */
public record Stage(CaseStage stage, @Nullable LocalDate on, @Nullable String note) {
}
