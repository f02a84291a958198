package org.grassroots.api.station;

import java.util.List;
import java.util.Map;

import org.grassroots.api.error.StaffOnlyException;
import org.grassroots.api.paging.Related;
import org.grassroots.api.security.Staff;
import org.grassroots.application.deputies.DeputyCatalog;
import org.grassroots.application.stations.GridCatalog;
import org.grassroots.application.stations.StationCatalog;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.representative.Representative;
import org.grassroots.graph.station.Grid;
import org.grassroots.graph.station.Station;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields of the network (stations, grids, deputies) and of cases that reach into it,
 * each read for every source in a response at once. Their lists are in
 * {@link StationLists}.
 */
@Controller
class NetworkFieldsController {

	private final StationCatalog stations;

	private final GridCatalog grids;

	private final DeputyCatalog representatives;

	NetworkFieldsController(StationCatalog stations, GridCatalog grids, DeputyCatalog representatives) {
		this.stations = stations;
		this.grids = grids;
		this.representatives = representatives;
	}

	/** One query for the stations of every case in the response. */
	@BatchMapping(typeName = "Case", field = "station")
	Map<Case, Station> caseStation(List<Case> cases) {
		return Related.one(cases, Case::id, this.stations::ofCases);
	}

	/** One query for the grids of every case in the response. */
	@BatchMapping(typeName = "Case", field = "grid")
	Map<Case, Grid> caseGrid(List<Case> cases) {
		return Related.one(cases, Case::id, this.grids::ofCases);
	}

	/** One query for the deputies who raised every case in the response. */
	@BatchMapping(typeName = "Case")
	Map<Case, List<Representative>> raisedBy(List<Case> cases) {
		return Related.many(cases, Case::id, this.representatives::raisersOfCases);
	}

	/** One query for the large grids of every small grid in the response. */
	@BatchMapping(typeName = StationLists.GRID)
	Map<Grid, Grid> parent(List<Grid> grids) {
		return Related.referenced(grids, Grid::parentId, this.grids::findByIds, Grid::id);
	}

	/** One query for the stations of every deputy in the response. */
	@BatchMapping(typeName = StationLists.REPRESENTATIVE)
	Map<Representative, List<Station>> stations(List<Representative> deputies) {
		return Related.many(deputies, Representative::id, this.stations::ofRepresentatives);
	}

	/** Staff-only: anyone else gets null and a FORBIDDEN error on this field alone. */
	@SchemaMapping(typeName = StationLists.REPRESENTATIVE)
	@Nullable String contact(Representative representative) {
		if (!Staff.isCaller()) {
			throw new StaffOnlyException();
		}
		return representative.contact();
	}

}
