package org.grassroots.graph.representative;

import org.grassroots.graph.paging.CypherRelation;

/**
 * How deputies belong to the nodes that list them.
 */
public enum RepresentativeRelation implements CypherRelation {

	/** The deputies stationed at a station. */
	STATIONED_AT("MATCH (:Station {id: owner})<-[:STATIONED_AT]-(r:Representative)"),

	/** The deputies serving in a grid or the grid it is part of. */
	SERVING_IN("MATCH (:Grid {id: owner})-[:PART_OF*0..]->(:Grid)<-[:SERVES_IN]-(r:Representative)");

	private final String match;

	RepresentativeRelation(String match) {
		this.match = match;
	}

	@Override
	public String match() {
		return this.match;
	}

}
