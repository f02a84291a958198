package org.grassroots.graph.station;

/**
 * Governance grids come in two sizes; small grids lie within a large one.
 */
public enum GridSize {

	/** 大网格, usually a village or community. */
	LARGE,

	/** 小网格, a part of a large grid. */
	SMALL

}
