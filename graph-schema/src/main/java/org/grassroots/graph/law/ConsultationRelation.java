package org.grassroots.graph.law;

import org.grassroots.graph.paging.CypherRelation;

/**
 * How consultations belong to the nodes that list them.
 */
public enum ConsultationRelation implements CypherRelation {

	/** The consultations on a law or draft. */
	ON("MATCH (:Law {id: owner})<-[:ON]-(c:Consultation)"),

	/** The consultations a contact point held. */
	HELD_BY("MATCH (:Station {id: owner})<-[:HELD_BY]-(c:Consultation)");

	private final String match;

	ConsultationRelation(String match) {
		this.match = match;
	}

	@Override
	public String match() {
		return this.match;
	}

}
