package org.grassroots.graph.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.graph.access.Scope;

import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.OwnedListing;

/**
 * Reads the region hierarchy.
 */
public interface Regions extends Listing<Region, RegionFilter>, OwnedListing<Region, RegionFilter, RegionRelation> {

	/** The region each case is located in, in one query. */
	Map<String, Region> ofCases(Collection<String> caseIds);

	/** Those of the regions that lie in scope, in one query. */
	Set<String> inScope(Collection<String> regionIds, Scope scope);

	/** Whether the region exists and lies in scope. */
	default boolean inScope(String regionId, Scope scope) {
		return inScope(List.of(regionId), scope).contains(regionId);
	}

}
