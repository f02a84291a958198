package org.grassroots.graph.editing;

import java.util.Locale;

/**
 * A kind of record stewards edit, and the path from it ({@code n}) to the region
 * ({@code r}) that decides whose scope reaches it.
 */
public enum Editable {

	/** A station or contact point: where it is located. */
	STATION("(n)-[:LOCATED_IN]->(r:Region)"),

	/** A grid: the region it lies within (a small grid through its large one). */
	GRID("(n)-[:PART_OF*0..1]->(:Grid)-[:WITHIN]->(r:Region)"),

	/** A deputy: the region elected from, or the region of a station they serve at. */
	REPRESENTATIVE("(n)-[:ELECTED_FROM|STATIONED_AT]->(:Region|Station)-[:LOCATED_IN*0..1]->(r:Region)"),

	/** A consultation: the region of the contact point holding it. */
	CONSULTATION("(n)-[:HELD_BY]->(:Station)-[:LOCATED_IN]->(r:Region)");

	private final String regionPath;

	Editable(String regionPath) {
		this.regionPath = regionPath;
	}

	/** The node label: the kind's name, capitalised ({@code Station}). */
	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
	}

	String regionPath() {
		return this.regionPath;
	}

}
