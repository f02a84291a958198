package org.grassroots.api.compiled;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.grassroots.api.error.InvalidInputException;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.application.reads.ComposedReads;
import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.read.ReadPlan;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.validation.BindException;

/**
 * A public root list with the arguments every list takes ({@code first}, {@code after},
 * {@code last}, {@code before}, {@code orderBy}) and a filter input of its own, read as
 * its fetcher reads them: the same binding, the same checks, the same cursors. Its
 * feature declares it beside its controller.
 *
 * @param field the {@code Query} field
 * @param type the items' GraphQL type, which labels the cursors
 * @param list the feature's catalog
 * @param sorts what the list can be ordered by
 * @param input the filter input's record
 * @param filter the filter for an input, or for none; throws
 * {@link InvalidInputException} for an input it refuses
 * @param reads the composed reads
 * @param <I> the filter input
 * @param <F> the filter
 */
public record RootList<I, F>(String field, String type, Listing<?, F> list, Sorts sorts, Class<I> input,
		Function<@Nullable I, F> filter, ComposedReads reads) implements ComposedList {

	private static final GraphQlArgumentBinder BINDER = new GraphQlArgumentBinder();

	@Override
	public Optional<Connection<Map<String, Object>, ?>> page(Map<String, @Nullable Object> arguments, boolean counted,
			ReadPlan.Projection items) {
		try {
			I asked = bind(arguments.get("filter"), this.input);
			OrderInput orderBy = bind(arguments.get("orderBy"), OrderInput.class);
			PageRequest request = PageRequest.of(this.type, OrderInput.of(orderBy, this.sorts),
					(Integer) arguments.get("first"), (String) arguments.get("after"), (Integer) arguments.get("last"),
					(String) arguments.get("before"));
			F chosen = this.filter.apply(asked);
			Page<Map<String, Object>> page = this.reads.page(this.list, chosen, request.order(), request.seek(),
					counted, items);
			return Optional.of(Connection.of(page, this.type, request, chosen));
		}
		catch (InvalidInputException | BindException ex) {
			return Optional.empty();
		}
	}

	private static <T> @Nullable T bind(@Nullable Object value, Class<T> type) throws BindException {
		return (value != null) ? type.cast(BINDER.bind(value, false, ResolvableType.forClass(type))) : null;
	}

}
