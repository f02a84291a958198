package org.grassroots.api.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.grassroots.api.node.NodeLoader;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.api.paging.Related;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.region.Region;
import org.grassroots.graph.region.RegionFilter;
import org.grassroots.graph.region.RegionLevel;
import org.grassroots.graph.region.Regions;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class RegionController implements NodeLoader {

	static final String TYPE = "Region";

	private final Regions regions;

	RegionController(Regions regions) {
		this.regions = regions;
	}

	@QueryMapping
	Connection<Region, RegionFilter> regions(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Integer last, @Argument @Nullable String before,
			@Argument @Nullable RegionFilterInput filter) {
		PageRequest request = PageRequest.of(TYPE, first, after, last, before);
		RegionFilter regionFilter = (filter != null) ? filter.toFilter() : RegionFilter.ALL;
		Page<Region> page = request.backward()
				? this.regions.pageBackward(regionFilter, request.beforeKey(), request.size())
				: this.regions.page(regionFilter, request.afterKey(), request.size());
		return Connection.of(page, TYPE, Region::id, request, regionFilter);
	}

	@SchemaMapping(typeName = "RegionConnection")
	long totalCount(Connection<Region, RegionFilter> connection) {
		return this.regions.count(connection.filter());
	}

	@SchemaMapping(typeName = "Region")
	String id(Region region) {
		return GlobalId.of(TYPE, region.id());
	}

	@SchemaMapping(typeName = "Region")
	String key(Region region) {
		return region.id();
	}

	/** One query for the parents of every region in the response. */
	@BatchMapping(typeName = "Region")
	Map<Region, Region> parent(List<Region> children) {
		Map<String, Region> parents = byId(this.regions
			.findByIds(children.stream().map(Region::parentId).filter(java.util.Objects::nonNull).distinct().toList()));
		return Related.single(children, Region::parentId, parents);
	}

	/** One query for the regions of every case in the response. */
	@BatchMapping(typeName = "Case", field = "region")
	Map<Case, Region> caseRegion(List<Case> cases) {
		return Related.single(cases, Case::id, this.regions.ofCases(cases.stream().map(Case::id).toList()));
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public Map<String, Object> loadAll(Collection<String> keys) {
		return this.regions.findByIds(keys).stream().collect(Collectors.toMap(Region::id, Function.identity()));
	}

	private static Map<String, Region> byId(List<Region> regions) {
		return regions.stream().collect(Collectors.toMap(Region::id, Function.identity()));
	}

	record RegionFilterInput(@Nullable RegionLevel level, @Nullable String withinKey, @Nullable String nameContains) {

		RegionFilter toFilter() {
			return new RegionFilter(this.level, this.withinKey, TextFilter.checked("nameContains", this.nameContains));
		}

	}

}
