package org.grassroots.graph.station;

/**
 * How grids belong to the nodes that list them.
 */
public enum GridRelation {

	/** The grids lying in a region or anywhere below it, small grids included. */
	WITHIN,

	/** The grids a station covers, small grids included. */
	COVERED_BY,

	/** The small grids of a large grid. */
	PART_OF

}
