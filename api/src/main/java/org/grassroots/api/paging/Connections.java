package org.grassroots.api.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.OwnedListing;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Sorts;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The connections over one kind of item: root lists, lists owned by other nodes and their
 * total counts. Owned lists load through a data loader, so a page of each owner's list
 * for every owner in a response costs one query, and so do their total counts. Features
 * reach them through {@link ListFields}; {@link #rootCount} serves the root lists that no
 * other node owns.
 *
 * @param <T> the item type
 * @param <F> the filter type
 * @param <R> how items belong to owners
 */
public final class Connections<T, F, R extends Enum<R>> {

	/**
	 * Where the loads run: the lists at one level of a response (a village's grids,
	 * stations and cases) are dispatched together and query the database side by side.
	 */
	static final Scheduler LOADS = Schedulers.fromExecutor(Executors.newVirtualThreadPerTaskExecutor());

	private final String type;

	private final Listing<T, F> listing;

	private final OwnedListing<T, F, R> owned;

	private final String loaderName;

	private final Sorts sorts;

	/**
	 * @param type the GraphQL type of the items, e.g. {@code Case}
	 * @param sorts the orders a query may ask for, by their GraphQL names
	 */
	<L extends Listing<T, F> & OwnedListing<T, F, R>> Connections(String type, L listing, Sorts sorts,
			BatchLoaderRegistry registry) {
		this.type = type;
		this.sorts = sorts;
		this.listing = listing;
		this.owned = listing;
		this.loaderName = type + "Connections";
		registry.<OwnedPage<F, R>, Connection<T, F>>forName(this.loaderName)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> load(keys)).subscribeOn(LOADS));
	}

	/**
	 * A page of the root list; counted with it when the query selects {@code totalCount}
	 * (in one pass where the filter allows).
	 */
	Connection<T, F> root(DataFetchingEnvironment environment, @Nullable OrderInput orderBy, F filter) {
		PageRequest request = request(environment, orderBy);
		Page<T> page = environment.getSelectionSet().contains("totalCount")
				? this.listing.pageWithTotal(filter, request.order(), request.seek())
				: this.listing.page(filter, request.order(), request.seek());
		return Connection.of(page, this.type, request, filter);
	}

	/**
	 * A page of an owner's list, loaded together with the other owners' in the response;
	 * counted in the same query when the query selects {@code totalCount}.
	 */
	CompletableFuture<Connection<T, F>> owned(DataFetchingEnvironment environment, R relation, String ownerId,
			@Nullable OrderInput orderBy, F filter) {
		PageRequest request = request(environment, orderBy);
		DataLoader<OwnedPage<F, R>, Connection<T, F>> loader = environment.getDataLoader(this.loaderName);
		boolean counted = environment.getSelectionSet().contains("totalCount");
		return loader.load(new OwnedPage<>(new Group<>(relation, request, filter, counted), ownerId));
	}

	/**
	 * The total counts of these connections: one query per root list, one per kind of
	 * owned list. A field that failed has an empty connection in its place, which counts
	 * zero.
	 */
	Map<Object, Long> totalCounts(List<?> sources) {
		Map<Object, Long> counts = new HashMap<>();
		Map<Group<F, R>, List<Connection<T, F>>> groups = new HashMap<>();
		for (Object source : sources) {
			Connection<T, F> connection = connection(source);
			Connection.Owner owner = (connection != null) ? connection.owner() : null;
			if (connection == null) {
				counts.put(source, 0L);
			}
			else if (connection.total() != null) {
				counts.put(connection, connection.total());
			}
			else if (owner == null) {
				counts.put(connection, this.listing.count(connection.filter()));
			}
			else {
				groups
					.computeIfAbsent(new Group<>(relation(owner), null, connection.filter(), false),
							(g) -> new ArrayList<>())
					.add(connection);
			}
		}
		groups.forEach((group, members) -> {
			Map<String, Long> byOwner = this.owned.countsOf(group.relation(), ownerIds(members), group.filter());
			members.forEach((member) -> counts.put(member, byOwner.getOrDefault(owner(member).id(), 0L)));
		});
		return counts;
	}

	/**
	 * The total count of a root list that has no owned lists.
	 * @param source the connection, or the empty one a failed field has in its place
	 */
	public static <F> long rootCount(Object source, ToLongFunction<F> count) {
		if (source instanceof Connection<?, ?> connection) {
			@SuppressWarnings("unchecked")
			F filter = (F) connection.filter();
			return count.applyAsLong(filter);
		}
		return 0;
	}

	/** The page the field's arguments ask for, in the order asked for. */
	private PageRequest request(DataFetchingEnvironment environment, @Nullable OrderInput orderBy) {
		return PageRequest.of(environment, this.type, OrderInput.of(orderBy, this.sorts));
	}

	@SuppressWarnings("unchecked")
	private @Nullable Connection<T, F> connection(Object source) {
		return (source instanceof Connection<?, ?> connection) ? (Connection<T, F>) connection : null;
	}

	private Map<OwnedPage<F, R>, Connection<T, F>> load(Set<OwnedPage<F, R>> keys) {
		Map<OwnedPage<F, R>, Connection<T, F>> connections = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(OwnedPage::group)).forEach((group, members) -> {
			PageRequest request = Objects.requireNonNull(group.request());
			Map<String, Page<T>> pages = pages(group, request, members.stream().map(OwnedPage::ownerId).toList());
			members.forEach((key) -> connections.put(key, Connection.of(pages.getOrDefault(key.ownerId(), Page.empty()),
					this.type, request, group.filter(), new Connection.Owner(group.relation(), key.ownerId()))));
		});
		return connections;
	}

	private Map<String, Page<T>> pages(Group<F, R> group, PageRequest request, List<String> ownerIds) {
		return group.counted()
				? this.owned.pagesWithTotalsOf(group.relation(), ownerIds, group.filter(), request.order(),
						request.seek())
				: this.owned.pagesOf(group.relation(), ownerIds, group.filter(), request.order(), request.seek());
	}

	private R relation(Connection.Owner owner) {
		@SuppressWarnings("unchecked")
		R relation = (R) owner.relation();
		return relation;
	}

	private static Connection.Owner owner(Connection<?, ?> connection) {
		return Objects.requireNonNull(connection.owner());
	}

	private static Collection<String> ownerIds(List<? extends Connection<?, ?>> connections) {
		return connections.stream().map((connection) -> owner(connection).id()).distinct().toList();
	}

	/** One owner's page. */
	record OwnedPage<F, R>(Group<F, R> group, String ownerId) {
	}

	/**
	 * Owners whose lists come from one query.
	 *
	 * @param counted whether their totals come with their pages
	 */
	record Group<F, R>(R relation, @Nullable PageRequest request, F filter, boolean counted) {
	}

}
