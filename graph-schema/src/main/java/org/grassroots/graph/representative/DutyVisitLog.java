package org.grassroots.graph.representative;

import org.grassroots.graph.access.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Records deputies' duty visits. The place (a station for a reception, a grid for grid
 * service) must lie in the caller's scope; compliance reads the visit at once.
 */
public interface DutyVisitLog {

	/**
	 * Logs the visit unless the deputy or the place is missing or the place is out of
	 * scope (then nothing is written).
	 */
	Logged log(DutyVisit visit, Scope scope);

	/**
	 * What logging did.
	 *
	 * @param outcome whether the visit was written
	 * @param regionId the region of the place, for the audit trail
	 */
	record Logged(Outcome outcome, @Nullable String regionId) {
	}

	/** Why a visit was or was not written. */
	enum Outcome {

		LOGGED, NO_SUCH_DEPUTY, PLACE_NOT_IN_SCOPE

	}

}
