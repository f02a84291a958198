package org.grassroots.api.cases;

import org.grassroots.api.paging.OrderDirection;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.graph.cases.CaseSort;
import org.grassroots.graph.paging.Order;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL {@code CaseOrder} input.
 */
record CaseOrderInput(CaseSort field, @Nullable OrderDirection direction) implements OrderInput {

	static final Order DEFAULT = CaseSort.KEY.ascending();

	static Order of(@Nullable CaseOrderInput input) {
		return OrderInput.of(input, DEFAULT);
	}

}
