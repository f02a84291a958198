package org.grassroots.graph.region;

/**
 * How regions belong to the nodes that list them.
 */
public enum RegionRelation {

	/** The regions directly within a region. */
	CHILD_OF

}
