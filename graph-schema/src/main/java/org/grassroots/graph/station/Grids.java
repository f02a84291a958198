package org.grassroots.graph.station;

import java.util.Collection;
import java.util.List;

import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.OwnedListing;

/**
 * Reads governance grids.
 */
public interface Grids extends Listing<Grid, GridFilter>, OwnedListing<Grid, GridFilter, GridRelation> {

}
