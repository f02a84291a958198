package org.grassroots.graph.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regions a statement may touch: everything, nothing, or the given regions and
 * everything below them. A statement composes {@link #covers(String)} into its match, so
 * a record out of scope is simply not found, whatever the caller asked for.
 *
 * @param everywhere whether every region is in scope
 * @param regionIds the regions in scope (with all below them) when not everywhere
 */
public record Scope(boolean everywhere, Set<String> regionIds) {

	/** An administrator's scope. */
	public static final Scope EVERYWHERE = new Scope(true, Set.of());

	/** An anonymous caller's scope. */
	public static final Scope NOWHERE = new Scope(false, Set.of());

	/** The parameter {@link #covers(String)} reads. */
	public static final String PARAMETER = "scopeRegionIds";

	public Scope {
		regionIds = Set.copyOf(regionIds);
	}

	public static Scope of(Set<String> regionIds) {
		return new Scope(false, regionIds);
	}

	/** Whether nothing at all is in scope. */
	public boolean isNowhere() {
		return !this.everywhere && this.regionIds.isEmpty();
	}

	/**
	 * A Cypher condition that holds when the region bound to the variable lies in scope
	 * (never when the variable is null, unless the scope is everything).
	 * @param region a variable bound to a {@code :Region}
	 */
	public String covers(String region) {
		if (this.everywhere) {
			return "true";
		}
		if (this.regionIds.isEmpty()) {
			return "false";
		}
		return "(" + region + " IS NOT NULL AND EXISTS { (" + region
				+ ")-[:WITHIN*0..]->(scopeRegion:Region) WHERE scopeRegion.id IN $" + PARAMETER + " })";
	}

	/** The parameters of {@link #covers(String)}. */
	public Map<String, Object> parameters() {
		return Map.of(PARAMETER, this.regionIds.stream().sorted().toList());
	}

	/** The parameters of {@link #covers(String)} and one more, for the statement. */
	public Map<String, Object> parametersWith(String name, Object value) {
		Map<String, Object> parameters = new HashMap<>(parameters());
		parameters.put(name, value);
		return parameters;
	}

}
