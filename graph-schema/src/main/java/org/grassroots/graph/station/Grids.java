package org.grassroots.graph.station;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.OwnedListing;

/**
 * Reads governance grids.
 */
public interface Grids extends Listing<Grid, GridFilter>, OwnedListing<Grid, GridFilter, GridRelation> {

	/** The grid each case came from, where one is recorded. */
	Map<String, Grid> ofCases(Collection<String> caseIds);

}
