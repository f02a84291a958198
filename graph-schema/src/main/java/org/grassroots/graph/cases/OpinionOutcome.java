package org.grassroots.graph.cases;

/**
 * What became of an opinion or suggestion.
 */
public enum OpinionOutcome {

	ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED

}
