package org.grassroots.graph.cases;

/**
 * How cases belong to the nodes that list them.
 */
public enum CaseRelation {

	/** The cases a deputy raised. */
	RAISED_BY,

	/** The cases collected at a station. */
	COLLECTED_AT,

	/** The cases located in a region or anywhere below it. */
	LOCATED_IN,

	/** The cases in a grid or any grid that is part of it. */
	IN_GRID,

	/** The cases (opinions, mostly) that concern a law or draft. */
	CONCERNING

}
