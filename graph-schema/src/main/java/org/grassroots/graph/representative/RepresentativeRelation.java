package org.grassroots.graph.representative;

/**
 * How deputies belong to the nodes that list them.
 */
public enum RepresentativeRelation {

	/** The deputies stationed at a station. */
	STATIONED_AT,

	/** The deputies serving in a grid or the grid it is part of. */
	SERVING_IN

}
