package org.grassroots.graph.representative;

/**
 * The five levels of people's congress. Each level sets how often its deputies must serve
 * at their station and grid (seeds/002: city level and above at least every 6 months,
 * county level every 3 months, township every month).
 */
public enum CongressLevel {

	NATIONAL(6), PROVINCIAL(6), CITY(6), COUNTY(3), TOWNSHIP(1);

	private final int dutyIntervalMonths;

	CongressLevel(int dutyIntervalMonths) {
		this.dutyIntervalMonths = dutyIntervalMonths;
	}

	/** At least one duty visit is due in every period of this many months. */
	public int dutyIntervalMonths() {
		return this.dutyIntervalMonths;
	}

}
