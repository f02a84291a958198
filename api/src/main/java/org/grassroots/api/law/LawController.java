package org.grassroots.api.law;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.Related;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.application.laws.LawCatalog;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.law.Law;
import org.grassroots.graph.law.LawFilter;
import org.grassroots.graph.law.LawKind;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class LawController {

	static final String TYPE = "Law";

	private final LawCatalog laws;

	LawController(LawCatalog laws) {
		this.laws = laws;
	}

	/** One query for the laws of every case in the response. */
	@BatchMapping(typeName = "Case", field = "laws")
	Map<Case, List<Law>> caseLaws(List<Case> cases) {
		return Related.many(cases, Case::id, this.laws::ofCases);
	}

	@QueryMapping
	Connection<Law, LawFilter> laws(@Argument @Nullable FilterInput filter, @Argument @Nullable OrderInput orderBy,
			DataFetchingEnvironment environment) {
		PageRequest request = PageRequest.of(environment, TYPE, OrderInput.of(orderBy, LawFilter.SORTS));
		LawFilter chosen = FilterInput.toFilter(filter);
		return Connection.of(this.laws.page(chosen, request.order(), request.seek()), TYPE, request, chosen);
	}

	@SchemaMapping(typeName = TYPE + "Connection")
	long totalCount(Object connection) {
		return Connections.rootCount(connection, (LawFilter filter) -> this.laws.count(filter));
	}

	record FilterInput(@Nullable LawKind kind, @Nullable String titleContains, @Nullable String consultedAtStationKey) {

		static LawFilter toFilter(@Nullable FilterInput input) {
			return (input != null) ? new LawFilter(input.kind, TextFilter.checked("titleContains", input.titleContains),
					input.consultedAtStationKey) : LawFilter.ALL;
		}

	}

}
