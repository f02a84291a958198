package org.grassroots.application.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.grassroots.application.access.Caller;
import org.grassroots.graph.access.Scope;
import org.grassroots.graph.region.Regions;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The public projection of a case: anyone reads its title, kind, status, place, dates,
 * figures and its stages' names and dates; its summary, narrative, stage notes and
 * residents' evaluation are residents' business, read only by staff whose regions cover
 * the case. Administrators and anonymous callers are answered without a query; other
 * staff with one query per request for every region the response's cases lie in.
 */
@Service
public class CaseVisibility {

	private final Regions regions;

	CaseVisibility(Regions regions) {
		this.regions = regions;
	}

	/** What can be told without the graph. */
	public Answer answer(Caller caller, @Nullable String regionId) {
		if (caller.admin()) {
			return Answer.VISIBLE;
		}
		if (!caller.isStaff() || regionId == null) {
			return Answer.HIDDEN;
		}
		return Answer.ASK;
	}

	/**
	 * Which of these region checks hold, in one query per scope among them (one per
	 * request, as one request has one caller).
	 */
	public Map<RegionCheck, Boolean> check(Collection<RegionCheck> checks) {
		Map<Scope, Set<String>> byScope = new HashMap<>();
		checks.forEach(
				(check) -> byScope.computeIfAbsent(check.scope(), (scope) -> new HashSet<>()).add(check.regionId()));
		Map<Scope, Set<String>> covered = new HashMap<>();
		byScope.forEach((scope, ids) -> covered.put(scope, this.regions.inScope(ids, scope)));
		Map<RegionCheck, Boolean> results = new HashMap<>();
		checks.forEach((check) -> results.put(check, covered.get(check.scope()).contains(check.regionId())));
		return results;
	}

	/** Whether a region lies in a reader's scope. */
	public record RegionCheck(String regionId, Scope scope) {

		public static RegionCheck of(Caller caller, String regionId) {
			return new RegionCheck(regionId, caller.readScope());
		}

	}

	/** What a caller may read of a case. */
	public enum Answer {

		VISIBLE, HIDDEN, ASK

	}

}
