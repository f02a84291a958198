package org.grassroots.api.station;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.Related;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.application.stations.StationCatalog;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.region.Region;
import org.grassroots.graph.station.Grid;
import org.grassroots.graph.station.Station;
import org.grassroots.graph.station.StationFilter;
import org.grassroots.graph.station.StationKind;
import org.grassroots.graph.station.StationRelation;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class StationController {

	static final String TYPE = "Station";

	private final StationCatalog stations;

	private final Connections<Station, StationFilter, StationRelation> connections;

	StationController(StationCatalog stations, BatchLoaderRegistry registry) {
		this.stations = stations;
		this.connections = new Connections<>(TYPE, stations, registry);
	}

	@QueryMapping
	Connection<Station, StationFilter> stations(@Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		return this.connections.root(request(environment, orderBy), FilterInput.toFilter(filter), environment);
	}

	@SchemaMapping(typeName = "Region", field = "stations")
	CompletableFuture<Connection<Station, StationFilter>> locatedIn(Region region,
			@Argument @Nullable FilterInput filter, @Argument @Nullable OrderInput orderBy,
			DataFetchingEnvironment environment) {
		return this.connections.owned(environment, StationRelation.LOCATED_IN, region.id(),
				request(environment, orderBy), FilterInput.toFilter(filter));
	}

	@SchemaMapping(typeName = "Grid", field = "stations")
	CompletableFuture<Connection<Station, StationFilter>> covering(Grid grid, @Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		return this.connections.owned(environment, StationRelation.COVERING, grid.id(), request(environment, orderBy),
				FilterInput.toFilter(filter));
	}

	/** One query for the total counts of every list of stations owned the same way. */
	@BatchMapping(typeName = TYPE + "Connection")
	Map<Object, Long> totalCount(List<Object> connections) {
		return this.connections.totalCounts(connections);
	}

	/** One query for the stations of every case in the response. */
	@BatchMapping(typeName = "Case", field = "station")
	Map<Case, Station> caseStation(List<Case> cases) {
		return Related.single(cases, Case::id, this.stations.ofCases(cases.stream().map(Case::id).toList()));
	}

	private static PageRequest request(DataFetchingEnvironment environment, @Nullable OrderInput orderBy) {
		return PageRequest.of(environment, TYPE, OrderInput.of(orderBy, StationFilter.SORTS));
	}

	record FilterInput(@Nullable StationKind kind, @Nullable String withinKey, @Nullable String nameContains,
			@Nullable String coversGridKey) {

		static StationFilter toFilter(@Nullable FilterInput input) {
			return (input != null)
					? new StationFilter(input.kind, input.withinKey,
							TextFilter.checked("nameContains", input.nameContains), input.coversGridKey)
					: StationFilter.ALL;
		}

	}

}
