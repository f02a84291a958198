package org.grassroots.graph.law;

/**
 * How consultations belong to the nodes that list them.
 */
public enum ConsultationRelation {

	/** The consultations on a law or draft. */
	ON,

	/** The consultations a contact point held. */
	HELD_BY

}
