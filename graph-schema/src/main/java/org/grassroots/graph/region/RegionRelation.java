package org.grassroots.graph.region;

import org.grassroots.graph.paging.CypherRelation;

/**
 * How regions belong to the nodes that list them.
 */
public enum RegionRelation implements CypherRelation {

	/** The regions directly within a region. */
	CHILD_OF("MATCH (:Region {id: owner})<-[:WITHIN]-(r:Region)");

	private final String match;

	RegionRelation(String match) {
		this.match = match;
	}

	@Override
	public String match() {
		return this.match;
	}

}
