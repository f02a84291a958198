package org.grassroots.application.regions;

import java.util.Collection;
import java.util.Map;

import org.grassroots.application.listing.OwnedCatalog;
import org.grassroots.graph.region.Region;
import org.grassroots.graph.region.RegionFilter;
import org.grassroots.graph.region.RegionRelation;
import org.grassroots.graph.region.Regions;

import org.springframework.stereotype.Service;

/**
 * Reading regions.
 */
@Service
public class RegionCatalog extends OwnedCatalog<Region, RegionFilter, RegionRelation, Regions> {

	RegionCatalog(Regions regions) {
		super(regions);
	}

	/** The region of each case, in one query. */
	public Map<String, Region> ofCases(Collection<String> caseIds) {
		return this.store.ofCases(caseIds);
	}

}
