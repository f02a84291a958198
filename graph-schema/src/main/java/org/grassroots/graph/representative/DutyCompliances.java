package org.grassroots.graph.representative;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Duty-visit compliance for a period {@code [from, to)}, per deputy and aggregated over
 * the deputies of a station or a region.
 */
public interface DutyCompliances {

	/**
	 * Logs a visit; logging the same visit id again changes nothing.
	 */
	void log(DutyVisit visit);

	Optional<DeputyCompliance> ofRepresentative(String representativeId, LocalDate from, LocalDate to);

	/** The deputies stationed at the station. */
	GroupCompliance ofStation(String stationId, LocalDate from, LocalDate to);

	/**
	 * The deputies elected from the region or stationed in it, counting everything below
	 * it.
	 */
	GroupCompliance ofRegion(String regionId, LocalDate from, LocalDate to);

	/**
	 * One deputy's compliance.
	 *
	 * @param representativeId who
	 * @param name their name
	 * @param compliance against their rule
	 */
	record DeputyCompliance(String representativeId, String name, DutyRule.Compliance compliance) {
	}

	/**
	 * Compliance of a group of deputies.
	 *
	 * @param deputies each deputy's compliance
	 */
	record GroupCompliance(List<DeputyCompliance> deputies) {

		public GroupCompliance {
			deputies = List.copyOf(deputies);
		}

		public long compliant() {
			return this.deputies.stream().filter((deputy) -> deputy.compliance().compliant()).count();
		}

		/** Share of compliant deputies, 0 when there are none. */
		public double rate() {
			return this.deputies.isEmpty() ? 0 : (double) compliant() / this.deputies.size();
		}

	}

}
