package org.grassroots.application.stations;

import org.grassroots.application.listing.OwnedCatalog;
import org.grassroots.graph.station.Grid;
import org.grassroots.graph.station.GridFilter;
import org.grassroots.graph.station.GridRelation;
import org.grassroots.graph.station.Grids;

import org.springframework.stereotype.Service;

/**
 * Reading governance grids.
 */
@Service
public class GridCatalog extends OwnedCatalog<Grid, GridFilter, GridRelation, Grids> {

	GridCatalog(Grids grids) {
		super(grids);
	}

}
