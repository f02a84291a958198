package org.grassroots.graph.representative;

import java.time.LocalDate;

/**
 * A deputy's logged duty visit.
 *
 * @param id business key
 * @param representativeId who
 * @param on which day
 * @param kind station reception or grid service
 * @param placeId the station (reception) or grid (service)
 */
public record DutyVisit(String id, String representativeId, LocalDate on, VisitKind kind, String placeId) {
}
