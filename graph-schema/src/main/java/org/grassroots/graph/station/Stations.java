package org.grassroots.graph.station;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.OwnedListing;

/**
 * Reads stations.
 */
public interface Stations
		extends Listing<Station, StationFilter>, OwnedListing<Station, StationFilter, StationRelation> {

	/** The station each case was collected at, in one query. */
	Map<String, Station> ofCases(Collection<String> caseIds);

	/** The stations each deputy is stationed at, in one query. */
	Map<String, List<Station>> ofRepresentatives(Collection<String> representativeIds);

}
