package org.grassroots.api.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.OwnedListing;
import org.grassroots.graph.paging.Sorts;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.validation.BindException;

/**
 * Every list field of one kind of item, declared once: the root list, the lists other
 * nodes own and the connections' {@code totalCount}, all taking the same arguments
 * ({@code first}, {@code after}, {@code last}, {@code before}, {@code orderBy} and the
 * type's filter input) and read the same way. A feature declares its lists as a bean; the
 * composed reads read a root list's arguments through the same declaration.
 *
 * @param <T> the item
 * @param <F> its filter
 * @param <R> how owners relate to it
 * @param <I> the filter input, bound from the {@code filter} argument
 */
public final class ListFields<T, F, R extends Enum<R>, I> {

	private static final GraphQlArgumentBinder BINDER = new GraphQlArgumentBinder();

	private final String type;

	private final Listing<T, F> listing;

	private final Sorts sorts;

	private final Class<I> input;

	private final Function<@Nullable I, F> filter;

	private final Connections<T, F, R> connections;

	private final String totalCounts;

	private @Nullable String root;

	private boolean composed;

	private final List<Owned<R>> owned = new ArrayList<>();

	private <L extends Listing<T, F> & OwnedListing<T, F, R>> ListFields(String type, L listing, Sorts sorts,
			Class<I> input, Function<@Nullable I, F> filter, BatchLoaderRegistry registry) {
		this.type = type;
		this.listing = listing;
		this.sorts = sorts;
		this.input = input;
		this.filter = filter;
		this.connections = new Connections<>(type, listing, sorts, registry);
		this.totalCounts = type + "Connection.totalCount";
		registry.<Object, Long>forName(this.totalCounts)
			.registerMappedBatchLoader((sources, environment) -> Mono
				.fromSupplier(() -> this.connections.totalCounts(List.copyOf(sources)))
				.subscribeOn(Connections.LOADS));
	}

	/**
	 * @param type the items' GraphQL type, which names their connection and labels their
	 * cursors
	 * @param listing the feature's catalog
	 * @param sorts what the lists can be ordered by
	 * @param input the filter input's record
	 * @param filter the filter for an input, or for none; throws
	 * {@link org.grassroots.api.error.InvalidInputException} for an input it refuses
	 */
	public static <T, F, R extends Enum<R>, I, L extends Listing<T, F> & OwnedListing<T, F, R>> ListFields<T, F, R, I> of(
			String type, L listing, Sorts sorts, Class<I> input, Function<@Nullable I, F> filter,
			BatchLoaderRegistry registry) {
		return new ListFields<>(type, listing, sorts, input, filter, registry);
	}

	/** The root list, the {@code Query} field of this name. */
	public ListFields<T, F, R, I> root(String field) {
		this.root = field;
		return this;
	}

	/**
	 * The root list is also composed: with its items' selected fields, its page and its
	 * total in one statement, where the selection translates.
	 */
	public ListFields<T, F, R, I> composed() {
		rootField();
		this.composed = true;
		return this;
	}

	/** Whether the root list is composed. */
	public boolean isComposed() {
		return this.composed;
	}

	/**
	 * A list owned by another node: a page of each owner's list for every owner in a
	 * response comes from one query.
	 * @param ownerType the owner's GraphQL type
	 * @param field the owner's field
	 * @param relation how the owner relates to the items
	 * @param ownerId the owner's key
	 */
	public <O> ListFields<T, F, R, I> owned(String ownerType, String field, R relation, Function<O, String> ownerId) {
		@SuppressWarnings("unchecked")
		Function<Object, String> id = (Function<Object, String>) ownerId;
		this.owned.add(new Owned<>(ownerType, field, relation, id));
		return this;
	}

	public String type() {
		return this.type;
	}

	public Listing<T, F> listing() {
		return this.listing;
	}

	public Sorts sorts() {
		return this.sorts;
	}

	/** The root list's field. */
	public String rootField() {
		if (this.root == null) {
			throw new IllegalStateException(this.type + " has no root list");
		}
		return this.root;
	}

	/**
	 * The filter the {@code filter} argument's raw value asks for.
	 * @throws BindException when the value does not bind to the input
	 */
	public F filter(@Nullable Object value) throws BindException {
		return this.filter.apply(bind(value, this.input));
	}

	/**
	 * The order the {@code orderBy} argument's raw value asks for, if any.
	 * @throws BindException when the value does not bind
	 */
	public @Nullable OrderInput orderBy(@Nullable Object value) throws BindException {
		return bind(value, OrderInput.class);
	}

	/**
	 * Wires the lists' fetchers and their connection's {@code totalCount}.
	 * @param errors the API's exception handlers: a list's fetcher resolves its own
	 * exception with them, as a controller method does, so that a refused list becomes an
	 * empty connection beside its error rather than a null that voids every non-null
	 * field above it
	 */
	void configure(RuntimeWiring.Builder builder, DataFetcherExceptionResolver errors) {
		if (this.root != null) {
			String field = this.root;
			builder.type("Query",
					(wiring) -> wiring.dataFetcher(field,
							resolving(errors,
									(environment) -> this.connections.root(environment,
											orderBy(environment.getArgument("orderBy")),
											filter(environment.getArgument("filter"))))));
		}
		for (Owned<R> list : this.owned) {
			builder.type(list.ownerType(), (wiring) -> wiring.dataFetcher(list.field(),
					resolving(errors, (environment) -> this.connections.owned(environment, list.relation(),
							list.ownerId().apply(environment.getSource()), orderBy(environment.getArgument("orderBy")),
							filter(environment.getArgument("filter"))))));
		}
		builder.type(this.type + "Connection", (wiring) -> wiring.dataFetcher("totalCount", (environment) -> {
			DataLoader<Object, Long> loader = environment.getDataLoader(this.totalCounts);
			CompletableFuture<Long> count = loader.load(environment.getSource());
			return count;
		}));
	}

	private static DataFetcher<Object> resolving(DataFetcherExceptionResolver errors, DataFetcher<?> fetcher) {
		return (environment) -> {
			try {
				return fetcher.get(environment);
			}
			catch (Exception ex) {
				return errors.resolveException(ex, environment)
					.map((resolved) -> DataFetcherResult.newResult().errors(resolved).build())
					.switchIfEmpty(Mono.error(ex))
					.toFuture();
			}
		};
	}

	private static <V> @Nullable V bind(@Nullable Object value, Class<V> type) throws BindException {
		return (value != null) ? type.cast(BINDER.bind(value, false, ResolvableType.forClass(type))) : null;
	}

	private record Owned<R>(String ownerType, String field, R relation, Function<Object, String> ownerId) {
	}

}
