package org.grassroots.graph.law;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A consultation (意见征集) a contact point held on a law or draft.
 *
 * @param id business key
 * @param title e.g. 《中华人民共和国农业法（修订草案）》意见征集
 * @param openedOn when it opened, where known
 * @param partner who it was held with, e.g. 外海街道人大工委, where known
 * @param format how, e.g. 榕树下议事会, where known
 * @param opinionsSubmitted opinions passed on: the recorded figure, or else the opinions
 * in the graph
 * @param opinionsAdopted opinions adopted (partly adopted ones included): the recorded
 * figure, or else counted in the graph
 * @param lawId the law or draft
 * @param stationId the contact point
 * @param version raised by every change, for optimistic locking
 */
public record Consultation(String id, String title, @Nullable LocalDate openedOn, @Nullable String partner,
		@Nullable String format, long opinionsSubmitted, long opinionsAdopted, @Nullable String lawId,
		@Nullable String stationId, long version) {
}
