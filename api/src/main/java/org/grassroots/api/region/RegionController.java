package org.grassroots.api.region;

import java.util.List;
import java.util.Map;

import org.grassroots.api.paging.Related;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.application.regions.RegionCatalog;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.region.Region;
import org.grassroots.graph.region.RegionFilter;
import org.grassroots.graph.region.RegionLevel;
import org.grassroots.graph.station.Grid;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class RegionController {

	static final String TYPE = "Region";

	private final RegionCatalog regions;

	RegionController(RegionCatalog regions) {
		this.regions = regions;
	}

	/** One query for the parents of every region in the response. */
	@BatchMapping(typeName = TYPE)
	Map<Region, Region> parent(List<Region> children) {
		return Related.referenced(children, Region::parentId, this.regions::findByIds, Region::id);
	}

	/** One query for the regions of every grid in the response. */
	@BatchMapping(typeName = "Grid", field = "region")
	Map<Grid, Region> gridRegion(List<Grid> grids) {
		return Related.referenced(grids, Grid::regionId, this.regions::findByIds, Region::id);
	}

	/** One query for the regions of every case in the response. */
	@BatchMapping(typeName = "Case", field = "region")
	Map<Case, Region> caseRegion(List<Case> cases) {
		return Related.one(cases, Case::id, this.regions::ofCases);
	}

	record FilterInput(@Nullable RegionLevel level, @Nullable String withinKey, @Nullable String nameContains) {

		static RegionFilter toFilter(@Nullable FilterInput input) {
			return (input != null) ? new RegionFilter(input.level, input.withinKey,
					TextFilter.checked("nameContains", input.nameContains)) : RegionFilter.ALL;
		}

	}

}
