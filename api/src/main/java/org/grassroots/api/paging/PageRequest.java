package org.grassroots.api.paging;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.error.InvalidInputException;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Position;
import org.grassroots.graph.paging.Seek;
import org.jspecify.annotations.Nullable;

/**
 * A client's page arguments, checked: forwards ({@code first}, {@code after}) or
 * backwards ({@code last}, {@code before}), never both, 1 to {@value PageSize#MAX} items
 * (20 when neither size is given), in an order.
 *
 * @param order how the list is ordered
 * @param seek which page of it
 */
public record PageRequest(Order order, Seek seek) {

	public static final int DEFAULT_SIZE = 20;

	/**
	 * The page a field's {@code first}, {@code after}, {@code last} and {@code before}
	 * arguments ask for.
	 * @param type the GraphQL type of the items, which labels the cursors
	 * @throws InvalidInputException for mixed directions, foreign cursors or sizes out of
	 * range
	 */
	public static PageRequest of(DataFetchingEnvironment environment, String type, Order order) {
		return of(type, order, environment.getArgument("first"), environment.getArgument("after"),
				environment.getArgument("last"), environment.getArgument("before"));
	}

	public static PageRequest of(String type, Order order, @Nullable Integer first, @Nullable String after,
			@Nullable Integer last, @Nullable String before) {
		if (first != null && last != null) {
			throw new InvalidInputException("Pass first or last, not both");
		}
		boolean backward = last != null || (before != null && first == null);
		if (backward ? after != null : before != null) {
			throw new InvalidInputException("Page forwards with first/after or backwards with last/before");
		}
		Integer asked = backward ? last : first;
		int size = PageSize.checked((asked != null) ? asked : DEFAULT_SIZE);
		String cursor = backward ? before : after;
		Position from = (cursor != null) ? Cursors.decode(type, order, cursor) : null;
		return new PageRequest(order, new Seek(backward, from, size));
	}

	PageInfo pageInfo(boolean more, @Nullable String startCursor, @Nullable String endCursor) {
		// Paging from a cursor means the cursor's item, at least, lies on the other side
		boolean fromCursor = this.seek.from() != null;
		return this.seek.backward() ? new PageInfo(fromCursor, more, startCursor, endCursor)
				: new PageInfo(more, fromCursor, startCursor, endCursor);
	}

}
