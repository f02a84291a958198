package org.grassroots.api.compiled;

import java.util.Map;
import java.util.Optional;

import org.grassroots.api.error.InvalidInputException;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.ListFields;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.application.reads.ComposedReads;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.read.ReadPlan;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindException;

/**
 * A public root list, composed: its arguments ({@code first}, {@code after},
 * {@code last}, {@code before}, {@code orderBy}, {@code filter}) read through its
 * feature's {@link ListFields}, as its fetcher reads them: the same binding, the same
 * checks, the same cursors.
 *
 * @param fields the feature's lists
 * @param reads the composed reads
 * @param <F> the filter
 */
public record RootList<F>(ListFields<?, F, ?, ?> fields, ComposedReads reads) implements ComposedList {

	@Override
	public String field() {
		return this.fields.rootField();
	}

	@Override
	public String type() {
		return this.fields.type();
	}

	@Override
	public Optional<Connection<Map<String, Object>, ?>> page(Map<String, @Nullable Object> arguments, boolean counted,
			ReadPlan.Projection items) {
		try {
			F chosen = this.fields.filter(arguments.get("filter"));
			PageRequest request = PageRequest.of(type(),
					OrderInput.of(this.fields.orderBy(arguments.get("orderBy")), this.fields.sorts()),
					(Integer) arguments.get("first"), (String) arguments.get("after"), (Integer) arguments.get("last"),
					(String) arguments.get("before"));
			Page<Map<String, Object>> page = this.reads.page(this.fields.listing(), chosen, request.order(),
					request.seek(), counted, items);
			return Optional.of(Connection.of(page, type(), request, chosen));
		}
		catch (InvalidInputException | BindException ex) {
			return Optional.empty();
		}
	}

}
