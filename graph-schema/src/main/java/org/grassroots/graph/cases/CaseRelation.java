package org.grassroots.graph.cases;

import org.grassroots.graph.paging.CypherRelation;

/**
 * How cases belong to the nodes that list them.
 */
public enum CaseRelation implements CypherRelation {

	/** The cases a deputy raised. */
	RAISED_BY("MATCH (:Representative {id: owner})-[:RAISED]->(c:Case)"),

	/** The cases collected at a station. */
	COLLECTED_AT("MATCH (:Station {id: owner})<-[:COLLECTED_AT]-(c:Case)"),

	/** The cases located in a region or anywhere below it. */
	LOCATED_IN("MATCH (:Region {id: owner})<-[:WITHIN*0..]-(:Region)<-[:LOCATED_IN]-(c:Case)"),

	/** The cases in a grid or any grid that is part of it. */
	IN_GRID("MATCH (:Grid {id: owner})<-[:PART_OF*0..]-(:Grid)<-[:IN_GRID]-(c:Case)"),

	/** The cases (opinions, mostly) that concern a law or draft. */
	CONCERNING("MATCH (:Law {id: owner})<-[:CONCERNS]-(c:Case)");

	private final String match;

	CaseRelation(String match) {
		this.match = match;
	}

	@Override
	public String match() {
		return this.match;
	}

}
