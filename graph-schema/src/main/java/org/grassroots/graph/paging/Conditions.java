package org.grassroots.graph.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.access.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Builds a filter's Cypher condition from the parts that are given: a part left out costs
 * the planner nothing, where {@code $x IS NULL OR ...} would still be planned for every
 * row.
 */
public final class Conditions {

	private final List<String> parts = new ArrayList<>();

	private final Map<String, @Nullable Object> parameters = new HashMap<>();

	private @Nullable String anchor;

	private @Nullable String anchorCondition;

	/**
	 * Adds the condition when the value is given (not null, not an empty collection).
	 * @param name the parameter the condition reads the value from
	 */
	public Conditions and(String name, @Nullable Object value, String condition) {
		if (value != null && !(value instanceof Collection<?> values && values.isEmpty())) {
			// Parenthesised: a part may itself be an OR
			this.parts.add("(" + condition + ")");
			this.parameters.put(name, (value instanceof Enum<?> constant) ? constant.name() : value);
		}
		return this;
	}

	/**
	 * The caller's scope as a part: the region the pattern reaches (bound to {@code r})
	 * lies in scope. Nothing for a scope that is everything, never true for no scope.
	 * @param pattern from the listed node to {@code r}, e.g.
	 * {@code (c)-[:LOCATED_IN]->(r:Region)}
	 */
	public Conditions within(Scope scope, String pattern) {
		if (scope.everywhere()) {
			return this;
		}
		if (scope.isNowhere()) {
			this.parts.add("(false)");
			return this;
		}
		return and(Scope.PARAMETER, scope.parameters().get(Scope.PARAMETER),
				"EXISTS { MATCH " + pattern + " WHERE " + scope.covers("r") + " }");
	}

	/**
	 * A part that, when given, is better matched from a selective start than checked row
	 * by row: a list matches from it, an owned list (which has its own start) checks the
	 * condition.
	 * @param path the path from the start to the node, ending in an arrow, e.g.
	 * {@code (:Region {id: $regionId})<-[:LOCATED_IN]-}
	 */
	public Conditions anchor(String name, @Nullable Object value, String path, String condition) {
		if (value != null) {
			this.anchor = path;
			this.anchorCondition = condition;
			this.parameters.put(name, value);
		}
		return this;
	}

	/** Whether an anchor was given: the match starts from it. */
	public boolean anchored() {
		return this.anchor != null;
	}

	/** Every given part joined with AND; {@code true} when none is given. */
	public String where() {
		List<String> all = new ArrayList<>(this.parts);
		if (this.anchorCondition != null) {
			all.add(this.anchorCondition);
		}
		return all.isEmpty() ? "true" : String.join("\nAND ", all);
	}

	/**
	 * A {@code MATCH ... WHERE} for the node, from the anchor when one is given.
	 * @param node e.g. {@code (c:Case)}
	 */
	public String match(String node) {
		String conditions = this.parts.isEmpty() ? "true" : String.join("\nAND ", this.parts);
		return (this.anchor != null) ? "MATCH " + this.anchor + node + "\nWHERE " + conditions
				: "MATCH " + node + "\nWHERE " + where();
	}

	public Map<String, @Nullable Object> parameters() {
		return new HashMap<>(this.parameters);
	}

}
