package org.grassroots.api.station;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.grassroots.api.error.StaffOnlyException;
import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.Related;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.api.security.Staff;
import org.grassroots.graph.cases.Case;
import org.grassroots.application.deputies.DeputyCatalog;
import org.grassroots.application.stations.StationCatalog;
import org.grassroots.graph.representative.Representative;
import org.grassroots.graph.representative.RepresentativeFilter;
import org.grassroots.graph.representative.CongressLevel;
import org.grassroots.graph.representative.RepresentativeRelation;
import org.grassroots.graph.station.Grid;
import org.grassroots.graph.station.Station;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class RepresentativeController {

	static final String TYPE = "Representative";

	private final DeputyCatalog representatives;

	private final StationCatalog stations;

	private final Connections<Representative, RepresentativeFilter, RepresentativeRelation> connections;

	RepresentativeController(DeputyCatalog representatives, StationCatalog stations, BatchLoaderRegistry registry) {
		this.representatives = representatives;
		this.stations = stations;
		this.connections = new Connections<>(TYPE, representatives, registry);
	}

	@QueryMapping
	Connection<Representative, RepresentativeFilter> representatives(@Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		return this.connections.root(request(environment, orderBy), FilterInput.toFilter(filter), environment);
	}

	@SchemaMapping(typeName = "Station", field = "representatives")
	CompletableFuture<Connection<Representative, RepresentativeFilter>> stationedAt(Station station,
			@Argument @Nullable FilterInput filter, @Argument @Nullable OrderInput orderBy,
			DataFetchingEnvironment environment) {
		return this.connections.owned(environment, RepresentativeRelation.STATIONED_AT, station.id(),
				request(environment, orderBy), FilterInput.toFilter(filter));
	}

	@SchemaMapping(typeName = "Grid", field = "representatives")
	CompletableFuture<Connection<Representative, RepresentativeFilter>> servingIn(Grid grid,
			@Argument @Nullable FilterInput filter, @Argument @Nullable OrderInput orderBy,
			DataFetchingEnvironment environment) {
		return this.connections.owned(environment, RepresentativeRelation.SERVING_IN, grid.id(),
				request(environment, orderBy), FilterInput.toFilter(filter));
	}

	/** One query for the total counts of every list of deputies owned the same way. */
	@BatchMapping(typeName = TYPE + "Connection")
	Map<Object, Long> totalCount(List<Object> connections) {
		return this.connections.totalCounts(connections);
	}

	/** Staff-only: anyone else gets null and a FORBIDDEN error on this field alone. */
	@SchemaMapping(typeName = TYPE)
	@Nullable String contact(Representative representative) {
		if (!Staff.isCaller()) {
			throw new StaffOnlyException();
		}
		return representative.contact();
	}

	/** One query for the stations of every deputy in the response. */
	@BatchMapping(typeName = TYPE)
	Map<Representative, List<Station>> stations(List<Representative> deputies) {
		return Related.lists(deputies, Representative::id,
				this.stations.ofRepresentatives(deputies.stream().map(Representative::id).toList()));
	}

	/** One query for the deputies who raised every case in the response. */
	@BatchMapping(typeName = "Case")
	Map<Case, List<Representative>> raisedBy(List<Case> cases) {
		return Related.lists(cases, Case::id,
				this.representatives.raisersOfCases(cases.stream().map(Case::id).toList()));
	}

	private static PageRequest request(DataFetchingEnvironment environment, @Nullable OrderInput orderBy) {
		return PageRequest.of(environment, TYPE, OrderInput.of(orderBy, RepresentativeFilter.SORTS));
	}

	record FilterInput(@Nullable CongressLevel level, @Nullable String withinKey, @Nullable String nameContains,
			@Nullable String stationKey) {

		static RepresentativeFilter toFilter(@Nullable FilterInput input) {
			return (input != null)
					? new RepresentativeFilter(input.level, input.withinKey,
							TextFilter.checked("nameContains", input.nameContains), input.stationKey)
					: RepresentativeFilter.ALL;
		}

	}

}
