package org.grassroots.api.station;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.Related;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.application.stations.GridCatalog;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.region.Region;
import org.grassroots.graph.station.Grid;
import org.grassroots.graph.station.GridFilter;
import org.grassroots.graph.station.GridRelation;
import org.grassroots.graph.station.GridSize;
import org.grassroots.graph.station.Station;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class GridController {

	static final String TYPE = "Grid";

	private final GridCatalog grids;

	private final Connections<Grid, GridFilter, GridRelation> connections;

	GridController(GridCatalog grids, BatchLoaderRegistry registry) {
		this.grids = grids;
		this.connections = new Connections<>(TYPE, grids, registry);
	}

	@QueryMapping
	Connection<Grid, GridFilter> grids(@Argument @Nullable FilterInput filter, @Argument @Nullable OrderInput orderBy,
			DataFetchingEnvironment environment) {
		return this.connections.root(request(environment, orderBy), FilterInput.toFilter(filter), environment);
	}

	@SchemaMapping(typeName = "Region", field = "grids")
	CompletableFuture<Connection<Grid, GridFilter>> within(Region region, @Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		return owned(environment, GridRelation.WITHIN, region.id(), filter, orderBy);
	}

	@SchemaMapping(typeName = "Station", field = "grids")
	CompletableFuture<Connection<Grid, GridFilter>> coveredBy(Station station, @Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		return owned(environment, GridRelation.COVERED_BY, station.id(), filter, orderBy);
	}

	@SchemaMapping(typeName = TYPE)
	CompletableFuture<Connection<Grid, GridFilter>> parts(Grid grid, @Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		return owned(environment, GridRelation.PART_OF, grid.id(), filter, orderBy);
	}

	/** One query for the total counts of every list of grids owned the same way. */
	@BatchMapping(typeName = TYPE + "Connection")
	Map<Object, Long> totalCount(List<Object> connections) {
		return this.connections.totalCounts(connections);
	}

	/** One query for the grids of every case in the response. */
	@BatchMapping(typeName = "Case", field = "grid")
	Map<Case, Grid> caseGrid(List<Case> cases) {
		return Related.single(cases, Case::id, this.grids.ofCases(cases.stream().map(Case::id).toList()));
	}

	/** One query for the large grids of every small grid in the response. */
	@BatchMapping(typeName = TYPE)
	Map<Grid, Grid> parent(List<Grid> grids) {
		Map<String, Grid> parents = this.grids
			.findByIds(grids.stream().map(Grid::parentId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Grid::id, Function.identity()));
		return Related.single(grids, Grid::parentId, parents);
	}

	private CompletableFuture<Connection<Grid, GridFilter>> owned(DataFetchingEnvironment environment,
			GridRelation relation, String ownerId, @Nullable FilterInput filter, @Nullable OrderInput orderBy) {
		return this.connections.owned(environment, relation, ownerId, request(environment, orderBy),
				FilterInput.toFilter(filter));
	}

	private static PageRequest request(DataFetchingEnvironment environment, @Nullable OrderInput orderBy) {
		return PageRequest.of(environment, TYPE, OrderInput.of(orderBy, GridFilter.SORTS));
	}

	record FilterInput(@Nullable GridSize size, @Nullable String withinKey, @Nullable String coveredByStationKey,
			@Nullable String nameContains) {

		static GridFilter toFilter(@Nullable FilterInput input) {
			return (input != null) ? new GridFilter(input.size, input.withinKey, input.coveredByStationKey,
					TextFilter.checked("nameContains", input.nameContains)) : GridFilter.ALL;
		}

	}

}
