package org.grassroots.api.station;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grassroots.api.error.StaffOnlyException;
import org.grassroots.api.node.NodeLoader;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.api.paging.Related;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.api.security.Staff;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.representative.Representative;
import org.grassroots.graph.representative.RepresentativeFilter;
import org.grassroots.graph.representative.CongressLevel;
import org.grassroots.graph.representative.Representatives;
import org.grassroots.graph.station.Station;
import org.grassroots.graph.station.Stations;
import org.grassroots.graph.paging.Page;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class RepresentativeController implements NodeLoader {

	static final String TYPE = "Representative";

	private final Representatives representatives;

	private final Stations stations;

	RepresentativeController(Representatives representatives, Stations stations) {
		this.representatives = representatives;
		this.stations = stations;
	}

	@QueryMapping
	Connection<Representative, RepresentativeFilter> representatives(@Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable Integer last, @Argument @Nullable String before,
			@Argument @Nullable FilterInput filter) {
		PageRequest request = PageRequest.of(TYPE, first, after, last, before);
		RepresentativeFilter chosen = (filter != null) ? filter.toFilter() : RepresentativeFilter.ALL;
		Page<Representative> page = request.backward()
				? this.representatives.pageBackward(chosen, request.beforeKey(), request.size())
				: this.representatives.page(chosen, request.afterKey(), request.size());
		return Connection.of(page, TYPE, Representative::id, request, chosen);
	}

	@SchemaMapping(typeName = TYPE + "Connection")
	long totalCount(Connection<Representative, RepresentativeFilter> connection) {
		return this.representatives.count(connection.filter());
	}

	@SchemaMapping(typeName = TYPE)
	String id(Representative representative) {
		return GlobalId.of(TYPE, representative.id());
	}

	@SchemaMapping(typeName = TYPE)
	String key(Representative representative) {
		return representative.id();
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

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Map<String, Object> loadAll(Collection<String> keys) {
		return this.representatives.findByIds(keys)
			.stream()
			.collect(Collectors.toMap(Representative::id, Function.identity()));
	}

	record FilterInput(@Nullable CongressLevel level, @Nullable String withinKey, @Nullable String nameContains) {

		RepresentativeFilter toFilter() {
			return new RepresentativeFilter(this.level, this.withinKey,
					TextFilter.checked("nameContains", this.nameContains));
		}

	}

}
