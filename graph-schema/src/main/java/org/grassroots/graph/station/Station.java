package org.grassroots.graph.station;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A liaison station or contact point.
 *
 * @param id business key
 * @param name e.g. 恩平市良西镇人大代表中心联络站
 * @param kind what it is
 * @param designations further roles, e.g. {@code SOCIAL_CONSTRUCTION_CONTACT_POINT}
 * @param openedOn when it opened, if known
 * @param consultationRecord a contact point's cumulative record of opinion collection, if
 * it keeps one
 * @param version raised by every change, for optimistic locking
 */
public record Station(String id, String name, StationKind kind, List<String> designations, @Nullable LocalDate openedOn,
		@Nullable ConsultationRecord consultationRecord, long version) {

	public Station {
		designations = List.copyOf(designations);
	}

	/**
	 * Opinions on drafts collected by a legislative contact point up to a day.
	 *
	 * @param asOf the day the figures hold for
	 * @param tasks consultation tasks completed
	 * @param opinionsSubmitted opinions passed on to the lawmakers
	 * @param opinionsAdopted opinions the lawmakers adopted
	 */
	public record ConsultationRecord(String asOf, long tasks, long opinionsSubmitted, long opinionsAdopted) {

		/** Adopted over submitted; 0 when nothing was submitted. */
		public double adoptionRate() {
			return (this.opinionsSubmitted == 0) ? 0 : (double) this.opinionsAdopted / this.opinionsSubmitted;
		}

	}

}
