package org.grassroots.graph.cases;

/**
 * Where a case stands.
 */
public enum CaseStatus {

	/** Raised, not yet handed to anyone. */
	RECEIVED,

	/** Handed to an agency or being worked on. */
	IN_PROGRESS,

	/** Opinions submitted to the lawmaker, outcome pending. */
	SUBMITTED,

	/** Done. */
	COMPLETED,

	/** Closed without being done. */
	CLOSED

}
