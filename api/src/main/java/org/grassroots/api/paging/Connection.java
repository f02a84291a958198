package org.grassroots.api.paging;

import java.util.List;
import java.util.stream.IntStream;

import org.grassroots.graph.paging.Page;
import org.jspecify.annotations.Nullable;

/**
 * A Relay connection over a keyset page, keeping the filter that chose it (and the owner
 * whose list it is) so that {@code totalCount} can count the same set when a query asks
 * for it.
 *
 * @param edges the page's items with their cursors
 * @param pageInfo where the page sits
 * @param filter what chose the items
 * @param owner whose list it is; null for a root list
 * @param total how many items the list has, when counted with the page
 * @param <T> the item type
 * @param <F> the filter type
 */
public record Connection<T, F>(List<Edge<T>> edges, PageInfo pageInfo, F filter, @Nullable Owner owner,
		@Nullable Long total) {

	/**
	 * A root list's page.
	 * @param type the GraphQL type of the items, which labels the cursors
	 * @param request how the page was asked for
	 */
	public static <T, F> Connection<T, F> of(Page<T> page, String type, PageRequest request, F filter) {
		return of(page, type, request, filter, null);
	}

	static <T, F> Connection<T, F> of(Page<T> page, String type, PageRequest request, F filter, @Nullable Owner owner) {
		List<Edge<T>> edges = IntStream.range(0, page.items().size())
			.mapToObj((i) -> new Edge<>(page.items().get(i),
					Cursors.encode(type, request.order(), page.positions().get(i))))
			.toList();
		var pageInfo = request.pageInfo(page.hasNext(), edges.isEmpty() ? null : edges.getFirst().cursor(),
				edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, pageInfo, filter, owner, page.total());
	}

	/**
	 * An item and the cursor pointing after it.
	 *
	 * @param node the item
	 * @param cursor opaque
	 * @param <T> the item type
	 */
	public record Edge<T>(T node, String cursor) {
	}

	/**
	 * The node a list belongs to and how.
	 *
	 * @param relation how the items belong to it, e.g. the cases a deputy raised
	 * @param id its business key
	 */
	public record Owner(Enum<?> relation, String id) {
	}

}
