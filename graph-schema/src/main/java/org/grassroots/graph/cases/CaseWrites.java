package org.grassroots.graph.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.grassroots.graph.access.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Changes cases. Every statement that reaches an existing case composes the caller's
 * scope into its match: a case outside it is not found. Meant to run inside one
 * transaction per mutation, which {@link #lock} opens with a write lock on the case.
 */
public interface CaseWrites {

	/**
	 * Takes the case's write lock for the rest of the transaction and reads its current
	 * state, if it lies in scope; a concurrent change waits for this transaction, so the
	 * version read here is the one the change applies to.
	 * @param archived whether to look among archived cases rather than live ones
	 */
	Optional<CaseState> lock(String id, Scope scope, boolean archived);

	/**
	 * The given keys that name no record, per kind of reference; kinds whose keys all
	 * exist are left out.
	 */
	Map<Reference, List<String>> missing(Map<Reference, Collection<String>> keys);

	/** The region's place name from the district down, e.g. 蓬江区荷塘镇南村村. */
	String placeName(String regionId);

	/** Creates a case at version 1 with its references. */
	void create(String id, Map<String, Object> properties, Map<Reference, List<String>> references);

	/**
	 * Sets the given properties, removes the cleared ones, replaces the given references
	 * and raises the version by one.
	 */
	void update(String id, Map<String, Object> changes, Collection<String> cleared,
			Map<Reference, List<String>> references);

	/** Appends a stage to the timeline and applies the property changes it brings. */
	void appendStage(String id, int seq, CaseStage stage, LocalDate on, @Nullable String note,
			Map<String, Object> changes);

	/** Archives (or restores) a case, raising its version. */
	void archive(String id, boolean archived);

	/** Whether an article tells the case. */
	boolean toldByArticle(String id);

	/**
	 * A record a case refers to, with the relationship that links them.
	 */
	enum Reference {

		REGION("(c)-[:LOCATED_IN]->(t)"), STATION("(c)-[:COLLECTED_AT]->(t)"), GRID("(c)-[:IN_GRID]->(t)"),
		REPRESENTATIVE("(t)-[:RAISED]->(c)"), LAW("(c)-[:CONCERNS]->(t)"), AGENCY("(c)-[:HANDLED_BY]->(t)");

		private final String pattern;

		Reference(String pattern) {
			this.pattern = pattern;
		}

		/** The target's label: the reference's name, capitalised ({@code Region}). */
		public String label() {
			return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
		}

		/** A relationship from the case {@code c} to the target {@code t}. */
		String pattern() {
			return this.pattern;
		}

	}

	/**
	 * A case as a change finds it.
	 *
	 * @param id its key
	 * @param version the version the change applies to
	 * @param kind what sort of case it is
	 * @param regionId where it is located, if anywhere
	 * @param properties its stored properties (dates as ISO text), for the audit trail's
	 * "before"
	 * @param lastStage the last stage of its timeline, if any
	 * @param lastStageOn when that stage happened, if known
	 * @param stages how many stages it has
	 * @param references the keys it refers to, per kind of reference
	 */
	record CaseState(String id, long version, CaseKind kind, @Nullable String regionId, Map<String, Object> properties,
			@Nullable CaseStage lastStage, @Nullable LocalDate lastStageOn, int stages,
			Map<Reference, List<String>> references) {
	}

}
