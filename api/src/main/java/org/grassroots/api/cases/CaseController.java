package org.grassroots.api.cases;

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
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.CaseFilter;
import org.grassroots.graph.cases.CaseStatistics;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.cases.Cases;
import org.grassroots.graph.cases.Stage;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CaseController implements NodeLoader {

	static final String CURSOR_TYPE = "Case";

	private final Cases cases;

	CaseController(Cases cases) {
		this.cases = cases;
	}

	@QueryMapping
	Connection<Case, CaseFilter> cases(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Integer last, @Argument @Nullable String before,
			@Argument @Nullable CaseFilterInput filter) {
		PageRequest request = PageRequest.of(CURSOR_TYPE, first, after, last, before);
		CaseFilter caseFilter = (filter != null) ? filter.toFilter() : CaseFilter.ALL;
		Page<Case> page = request.backward() ? this.cases.pageBackward(caseFilter, request.beforeKey(), request.size())
				: this.cases.page(caseFilter, request.afterKey(), request.size());
		return Connection.of(page, CURSOR_TYPE, Case::id, request, caseFilter);
	}

	@QueryMapping
	CaseStatistics caseStatistics(@Argument @Nullable CaseFilterInput filter) {
		return this.cases.statistics((filter != null) ? filter.toFilter() : CaseFilter.ALL);
	}

	@SchemaMapping(typeName = "CaseConnection")
	long totalCount(Connection<Case, CaseFilter> connection) {
		return this.cases.count(connection.filter());
	}

	@SchemaMapping(typeName = "Case")
	String id(Case kase) {
		return GlobalId.of(CURSOR_TYPE, kase.id());
	}

	@SchemaMapping(typeName = "Case")
	String key(Case kase) {
		return kase.id();
	}

	/** One query for the timelines of every case in the response. */
	@BatchMapping(typeName = "Case")
	Map<Case, List<Stage>> timeline(List<Case> cases) {
		return Related.lists(cases, Case::id, this.cases.timelines(cases.stream().map(Case::id).toList()));
	}

	@Override
	public String type() {
		return CURSOR_TYPE;
	}

	@Override
	public Map<String, Object> loadAll(Collection<String> keys) {
		return this.cases.findByIds(keys).stream().collect(Collectors.toMap(Case::id, Function.identity()));
	}

}
