package org.grassroots.api.paging;

import java.util.List;
import java.util.function.Function;

import org.grassroots.graph.paging.Page;

/**
 * A Relay connection over a keyset page, keeping the filter that chose it so that
 * {@code totalCount} can count the same set when a query asks for it.
 *
 * @param edges the page's items with their cursors
 * @param pageInfo where the page sits
 * @param filter what chose the items
 * @param <T> the item type
 * @param <F> the filter type
 */
public record Connection<T, F>(List<Edge<T>> edges, PageInfo pageInfo, F filter) {

	/**
	 * @param type the GraphQL type, which labels the cursors
	 * @param key an item's business key
	 * @param request how the page was asked for
	 */
	public static <T, F> Connection<T, F> of(Page<T> page, String type, Function<T, String> key, PageRequest request,
			F filter) {
		List<Edge<T>> edges = page.items()
			.stream()
			.map((item) -> new Edge<>(item, Cursors.encode(type, key.apply(item))))
			.toList();
		var pageInfo = request.pageInfo(page.hasNext(), edges.isEmpty() ? null : edges.getFirst().cursor(),
				edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, pageInfo, filter);
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

}
