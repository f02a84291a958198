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
 */
public record Station(String id, String name, StationKind kind, List<String> designations,
		@Nullable LocalDate openedOn) {

	public Station {
		designations = List.copyOf(designations);
	}

}
