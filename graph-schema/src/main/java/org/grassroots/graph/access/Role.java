package org.grassroots.graph.access;

/**
 * What a staff account may do. Every role but {@link #ADMIN} is held in one or more
 * regions and reaches everything below them.
 */
public enum Role {

	/** Accounts and roles, and everything else, everywhere. */
	ADMIN,

	/** Records and edits the grassroots graph: cases, duty visits, stations, grids. */
	STEWARD,

	/** Writes article drafts. */
	EDITOR,

	/** Approves and publishes articles. */
	PUBLISHER,

	/** Reads what only staff may read. */
	VIEWER

}
