package org.grassroots.api.region;

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
import org.grassroots.application.regions.RegionCatalog;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.region.Region;
import org.grassroots.graph.region.RegionFilter;
import org.grassroots.graph.region.RegionLevel;
import org.grassroots.graph.region.RegionRelation;
import org.grassroots.graph.station.Grid;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class RegionController {

	static final String TYPE = "Region";

	private final RegionCatalog regions;

	private final Connections<Region, RegionFilter, RegionRelation> connections;

	RegionController(RegionCatalog regions, BatchLoaderRegistry registry) {
		this.regions = regions;
		this.connections = new Connections<>(TYPE, regions, registry);
	}

	@QueryMapping
	Connection<Region, RegionFilter> regions(@Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		return this.connections.root(request(environment, orderBy), FilterInput.toFilter(filter), environment);
	}

	@SchemaMapping(typeName = TYPE)
	CompletableFuture<Connection<Region, RegionFilter>> children(Region region, @Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		return this.connections.owned(environment, RegionRelation.CHILD_OF, region.id(), request(environment, orderBy),
				FilterInput.toFilter(filter));
	}

	/** One query for the total counts of every list of regions owned the same way. */
	@BatchMapping(typeName = TYPE + "Connection")
	Map<Object, Long> totalCount(List<Object> connections) {
		return this.connections.totalCounts(connections);
	}

	/** One query for the parents of every region in the response. */
	@BatchMapping(typeName = TYPE)
	Map<Region, Region> parent(List<Region> children) {
		return Related.single(children, Region::parentId, byId(children.stream().map(Region::parentId)));
	}

	/** One query for the regions of every grid in the response. */
	@BatchMapping(typeName = "Grid", field = "region")
	Map<Grid, Region> gridRegion(List<Grid> grids) {
		return Related.single(grids, Grid::regionId, byId(grids.stream().map(Grid::regionId)));
	}

	/** One query for the regions of every case in the response. */
	@BatchMapping(typeName = "Case", field = "region")
	Map<Case, Region> caseRegion(List<Case> cases) {
		return Related.single(cases, Case::id, this.regions.ofCases(cases.stream().map(Case::id).toList()));
	}

	private Map<String, Region> byId(java.util.stream.Stream<@Nullable String> ids) {
		return this.regions.findByIds(ids.filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Region::id, Function.identity()));
	}

	private static PageRequest request(DataFetchingEnvironment environment, @Nullable OrderInput orderBy) {
		return PageRequest.of(environment, TYPE, OrderInput.of(orderBy, RegionFilter.SORTS));
	}

	record FilterInput(@Nullable RegionLevel level, @Nullable String withinKey, @Nullable String nameContains) {

		static RegionFilter toFilter(@Nullable FilterInput input) {
			return (input != null) ? new RegionFilter(input.level, input.withinKey,
					TextFilter.checked("nameContains", input.nameContains)) : RegionFilter.ALL;
		}

	}

}
