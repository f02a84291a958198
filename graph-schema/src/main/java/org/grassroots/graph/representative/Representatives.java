package org.grassroots.graph.representative;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.OwnedListing;

/**
 * Reads deputies.
 */
public interface Representatives extends Listing<Representative, RepresentativeFilter>,
		OwnedListing<Representative, RepresentativeFilter, RepresentativeRelation> {

	/** The deputies stationed at each station, in one query. */
	Map<String, List<Representative>> ofStations(Collection<String> stationIds);

	/** The deputies who raised each case, in one query. */
	Map<String, List<Representative>> raisersOfCases(Collection<String> caseIds);

}
