package org.grassroots.api.station;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grassroots.api.node.NodeLoader;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.api.paging.Related;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.representative.Representative;
import org.grassroots.graph.representative.Representatives;
import org.grassroots.graph.station.Station;
import org.grassroots.graph.station.StationFilter;
import org.grassroots.graph.station.StationKind;
import org.grassroots.graph.station.Stations;

import org.grassroots.graph.paging.Page;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class StationController implements NodeLoader {

	static final String TYPE = "Station";

	private final Stations stations;

	private final Representatives representatives;

	StationController(Stations stations, Representatives representatives) {
		this.stations = stations;
		this.representatives = representatives;
	}

	@QueryMapping
	Connection<Station, StationFilter> stations(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Integer last, @Argument @Nullable String before,
			@Argument @Nullable FilterInput filter) {
		PageRequest request = PageRequest.of(TYPE, first, after, last, before);
		StationFilter chosen = (filter != null) ? filter.toFilter() : StationFilter.ALL;
		Page<Station> page = request.backward()
				? this.stations.pageBackward(chosen, request.beforeKey(), request.size())
				: this.stations.page(chosen, request.afterKey(), request.size());
		return Connection.of(page, TYPE, Station::id, request, chosen);
	}

	@SchemaMapping(typeName = TYPE + "Connection")
	long totalCount(Connection<Station, StationFilter> connection) {
		return this.stations.count(connection.filter());
	}

	@SchemaMapping(typeName = TYPE)
	String id(Station station) {
		return GlobalId.of(TYPE, station.id());
	}

	@SchemaMapping(typeName = TYPE)
	String key(Station station) {
		return station.id();
	}

	/** One query for the deputies of every station in the response. */
	@BatchMapping(typeName = TYPE)
	Map<Station, List<Representative>> representatives(List<Station> stations) {
		return Related.lists(stations, Station::id,
				this.representatives.ofStations(stations.stream().map(Station::id).toList()));
	}

	/** One query for the stations of every case in the response. */
	@BatchMapping(typeName = "Case", field = "station")
	Map<Case, Station> caseStation(List<Case> cases) {
		return Related.single(cases, Case::id, this.stations.ofCases(cases.stream().map(Case::id).toList()));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Map<String, Object> loadAll(Collection<String> keys) {
		return this.stations.findByIds(keys).stream().collect(Collectors.toMap(Station::id, Function.identity()));
	}

	record FilterInput(@Nullable StationKind kind, @Nullable String withinKey, @Nullable String nameContains) {

		StationFilter toFilter() {
			return new StationFilter(this.kind, this.withinKey, TextFilter.checked("nameContains", this.nameContains));
		}

	}

}
