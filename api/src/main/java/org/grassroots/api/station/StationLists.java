package org.grassroots.api.station;

import org.grassroots.api.compiled.ComposedList;
import org.grassroots.api.compiled.RootList;
import org.grassroots.application.deputies.DeputyCatalog;
import org.grassroots.application.reads.ComposedReads;
import org.grassroots.application.stations.GridCatalog;
import org.grassroots.application.stations.StationCatalog;
import org.grassroots.graph.representative.RepresentativeFilter;
import org.grassroots.graph.station.GridFilter;
import org.grassroots.graph.station.StationFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The root {@code stations}, {@code representatives} and {@code grids} lists, composed:
 * their arguments read as their controllers read them. The lists are public (a deputy's
 * contact is never composed), so no scope enters them.
 */
@Configuration(proxyBeanMethods = false)
class StationLists {

	@Bean
	ComposedList composedStations(StationCatalog stations, ComposedReads reads) {
		return new RootList<>("stations", StationController.TYPE, stations, StationFilter.SORTS,
				StationController.FilterInput.class, StationController.FilterInput::toFilter, reads);
	}

	@Bean
	ComposedList composedRepresentatives(DeputyCatalog representatives, ComposedReads reads) {
		return new RootList<>("representatives", RepresentativeController.TYPE, representatives,
				RepresentativeFilter.SORTS, RepresentativeController.FilterInput.class,
				RepresentativeController.FilterInput::toFilter, reads);
	}

	@Bean
	ComposedList composedGrids(GridCatalog grids, ComposedReads reads) {
		return new RootList<>("grids", GridController.TYPE, grids, GridFilter.SORTS, GridController.FilterInput.class,
				GridController.FilterInput::toFilter, reads);
	}

}
