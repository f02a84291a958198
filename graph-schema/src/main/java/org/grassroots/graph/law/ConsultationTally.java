package org.grassroots.graph.law;

/**
 * Opinions collected by a group of consultations: per law or per contact point.
 *
 * @param key the law's or contact point's id
 * @param label its title or name
 * @param consultations how many consultations
 * @param opinionsSubmitted opinions passed on
 * @param opinionsAdopted opinions adopted, partly adopted ones included
 */
public record ConsultationTally(String key, String label, long consultations, long opinionsSubmitted,
		long opinionsAdopted) {

	/** Adopted over submitted, 0 to 1; 0 when none were submitted. */
	public double adoptionRate() {
		return (this.opinionsSubmitted == 0) ? 0 : (double) this.opinionsAdopted / this.opinionsSubmitted;
	}

	/** What consultations are grouped by. */
	public enum Grouping {

		LAW("(c)-[:ON]->(g:Law)", "g.title"), CONTACT_POINT("(c)-[:HELD_BY]->(g:Station)", "g.name");

		private final String pattern;

		private final String label;

		Grouping(String pattern, String label) {
			this.pattern = pattern;
			this.label = label;
		}

		String pattern() {
			return this.pattern;
		}

		String label() {
			return this.label;
		}

	}

}
