package org.grassroots.api.station;

import org.grassroots.api.paging.ListFields;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.application.deputies.DeputyCatalog;
import org.grassroots.application.stations.GridCatalog;
import org.grassroots.application.stations.StationCatalog;
import org.grassroots.graph.region.Region;
import org.grassroots.graph.representative.CongressLevel;
import org.grassroots.graph.representative.Representative;
import org.grassroots.graph.representative.RepresentativeFilter;
import org.grassroots.graph.representative.RepresentativeRelation;
import org.grassroots.graph.station.Grid;
import org.grassroots.graph.station.GridFilter;
import org.grassroots.graph.station.GridRelation;
import org.grassroots.graph.station.GridSize;
import org.grassroots.graph.station.Station;
import org.grassroots.graph.station.StationFilter;
import org.grassroots.graph.station.StationKind;
import org.grassroots.graph.station.StationRelation;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The lists of stations, deputies and grids: the root lists, composed (their arguments
 * read as their fetchers read them), and the lists regions, stations and grids own. The
 * lists are public (a deputy's contact is never composed), so no scope enters them.
 */
@Configuration(proxyBeanMethods = false)
class StationLists {

	static final String STATION = "Station";

	static final String REPRESENTATIVE = "Representative";

	static final String GRID = "Grid";

	@Bean
	ListFields<Station, StationFilter, StationRelation, StationInput> stationFields(StationCatalog stations,
			BatchLoaderRegistry registry) {
		return ListFields
			.of(STATION, stations, StationFilter.SORTS, StationInput.class, StationInput::toFilter, registry)
			.root("stations")
			.composed()
			.owned("Region", "stations", StationRelation.LOCATED_IN, Region::id)
			.owned("Grid", "stations", StationRelation.COVERING, Grid::id);
	}

	@Bean
	ListFields<Representative, RepresentativeFilter, RepresentativeRelation, RepresentativeInput> representativeFields(
			DeputyCatalog representatives, BatchLoaderRegistry registry) {
		return ListFields
			.of(REPRESENTATIVE, representatives, RepresentativeFilter.SORTS, RepresentativeInput.class,
					RepresentativeInput::toFilter, registry)
			.root("representatives")
			.composed()
			.owned("Station", "representatives", RepresentativeRelation.STATIONED_AT, Station::id)
			.owned("Grid", "representatives", RepresentativeRelation.SERVING_IN, Grid::id);
	}

	@Bean
	ListFields<Grid, GridFilter, GridRelation, GridInput> gridFields(GridCatalog grids, BatchLoaderRegistry registry) {
		return ListFields.of(GRID, grids, GridFilter.SORTS, GridInput.class, GridInput::toFilter, registry)
			.root("grids")
			.composed()
			.owned("Region", "grids", GridRelation.WITHIN, Region::id)
			.owned("Station", "grids", GridRelation.COVERED_BY, Station::id)
			.owned("Grid", "parts", GridRelation.PART_OF, Grid::id);
	}

	record StationInput(@Nullable StationKind kind, @Nullable String withinKey, @Nullable String nameContains,
			@Nullable String coversGridKey) {

		static StationFilter toFilter(@Nullable StationInput input) {
			return (input != null)
					? new StationFilter(input.kind, input.withinKey,
							TextFilter.checked("nameContains", input.nameContains), input.coversGridKey)
					: StationFilter.ALL;
		}

	}

	record RepresentativeInput(@Nullable CongressLevel level, @Nullable String withinKey, @Nullable String nameContains,
			@Nullable String stationKey) {

		static RepresentativeFilter toFilter(@Nullable RepresentativeInput input) {
			return (input != null)
					? new RepresentativeFilter(input.level, input.withinKey,
							TextFilter.checked("nameContains", input.nameContains), input.stationKey)
					: RepresentativeFilter.ALL;
		}

	}

	record GridInput(@Nullable GridSize size, @Nullable String withinKey, @Nullable String coveredByStationKey,
			@Nullable String nameContains) {

		static GridFilter toFilter(@Nullable GridInput input) {
			return (input != null) ? new GridFilter(input.size, input.withinKey, input.coveredByStationKey,
					TextFilter.checked("nameContains", input.nameContains)) : GridFilter.ALL;
		}

	}

}
