package org.grassroots.graph.station;

import org.grassroots.graph.paging.CypherRelation;

/**
 * How grids belong to the nodes that list them.
 */
public enum GridRelation implements CypherRelation {

	/** The grids lying in a region or anywhere below it, small grids included. */
	WITHIN("MATCH (:Region {id: owner})<-[:WITHIN*0..]-(:Region)<-[:WITHIN]-(:Grid)<-[:PART_OF*0..1]-(g:Grid)"),

	/** The grids a station covers, small grids included. */
	COVERED_BY("MATCH (:Station {id: owner})-[:COVERS]->(:Grid)<-[:PART_OF*0..1]-(g:Grid)"),

	/** The small grids of a large grid. */
	PART_OF("MATCH (:Grid {id: owner})<-[:PART_OF]-(g:Grid)");

	private final String match;

	GridRelation(String match) {
		this.match = match;
	}

	@Override
	public String match() {
		return this.match;
	}

}
