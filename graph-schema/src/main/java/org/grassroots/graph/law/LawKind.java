package org.grassroots.graph.law;

/**
 * Kinds of legal text.
 */
public enum LawKind {

	/** A national law. */
	NATIONAL_LAW,

	/** 地方性法规. */
	LOCAL_REGULATION,

	/** A draft (草案) open for opinions. */
	DRAFT

}
