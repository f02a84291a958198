package org.grassroots.graph.station;

/**
 * How stations belong to the nodes that list them.
 */
public enum StationRelation {

	/** The stations located in a region or anywhere below it. */
	LOCATED_IN,

	/** The stations covering a grid or the grid it is part of. */
	COVERING

}
