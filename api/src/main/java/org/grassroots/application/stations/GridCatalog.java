package org.grassroots.application.stations;

import java.util.Collection;
import java.util.Map;

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

	/** The grid each case came from, where one is recorded. */
	public Map<String, Grid> ofCases(Collection<String> caseIds) {
		return this.store.ofCases(caseIds);
	}

}
