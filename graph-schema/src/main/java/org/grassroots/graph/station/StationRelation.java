package org.grassroots.graph.station;

import org.grassroots.graph.paging.CypherRelation;

/**
 * How stations belong to the nodes that list them.
 */
public enum StationRelation implements CypherRelation {

	/** The stations located in a region or anywhere below it. */
	LOCATED_IN("MATCH (:Region {id: owner})<-[:WITHIN*0..]-(:Region)<-[:LOCATED_IN]-(s:Station)"),

	/** The stations covering a grid or the grid it is part of. */
	COVERING("MATCH (:Grid {id: owner})-[:PART_OF*0..]->(:Grid)<-[:COVERS]-(s:Station)");

	private final String match;

	StationRelation(String match) {
		this.match = match;
	}

	@Override
	public String match() {
		return this.match;
	}

}
