package org.grassroots.api.cases;

import java.util.Map;
import java.util.Optional;

import org.grassroots.api.compiled.ComposedList;
import org.grassroots.api.error.InvalidInputException;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.application.cases.CaseCatalog;
import org.grassroots.application.reads.ComposedReads;
import org.grassroots.graph.cases.CaseFilter;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.read.ReadPlan;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

/**
 * The root {@code cases} list, composed: its arguments read as {@link CaseController}
 * reads them, and the page, its total and each case's selected fields in one statement.
 * The list is public (its cases' residents' fields are never composed), so no scope
 * enters it.
 */
@Component
record ComposedCaseList(CaseCatalog cases, ComposedReads reads) implements ComposedList {

	private static final GraphQlArgumentBinder BINDER = new GraphQlArgumentBinder();

	@Override
	public String field() {
		return "cases";
	}

	@Override
	public String type() {
		return CaseController.TYPE;
	}

	@Override
	public Optional<Connection<Map<String, Object>, ?>> page(Map<String, @Nullable Object> arguments, boolean counted,
			ReadPlan.Projection items) {
		try {
			CaseFilterInput filter = bind(arguments.get("filter"), CaseFilterInput.class);
			OrderInput orderBy = bind(arguments.get("orderBy"), OrderInput.class);
			PageRequest request = PageRequest.of(CaseController.TYPE, OrderInput.of(orderBy, CaseFilter.SORTS),
					(Integer) arguments.get("first"), (String) arguments.get("after"), (Integer) arguments.get("last"),
					(String) arguments.get("before"));
			CaseFilter chosen = ((filter != null) ? filter : CaseFilterInput.NONE).toFilter();
			Page<Map<String, Object>> page = this.reads.page(this.cases, chosen, request.order(), request.seek(),
					counted, items);
			return Optional.of(Connection.of(page, CaseController.TYPE, request, chosen));
		}
		catch (InvalidInputException | BindException ex) {
			return Optional.empty();
		}
	}

	private static <T> @Nullable T bind(@Nullable Object value, Class<T> type) throws BindException {
		return (value != null) ? type.cast(BINDER.bind(value, false, ResolvableType.forClass(type))) : null;
	}

}
