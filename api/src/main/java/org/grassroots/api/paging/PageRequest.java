package org.grassroots.api.paging;

import org.grassroots.api.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A client's page arguments, checked: forwards ({@code first}, {@code after}) or
 * backwards ({@code last}, {@code before}), never both, 1 to {@value PageSize#MAX} items
 * (20 when neither size is given).
 *
 * @param backward whether the page ends at {@code beforeKey} (or the end)
 * @param afterKey the key the page starts after
 * @param beforeKey the key the page ends before
 * @param size how many items
 */
public record PageRequest(boolean backward, @Nullable String afterKey, @Nullable String beforeKey, int size) {

	public static final int DEFAULT_SIZE = 20;

	/**
	 * @throws InvalidInputException for mixed directions, foreign cursors or sizes out of
	 * range
	 */
	public static PageRequest of(String type, @Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before) {
		if (first != null && last != null) {
			throw new InvalidInputException("Pass first or last, not both");
		}
		boolean backward = last != null || (before != null && first == null);
		if (backward ? after != null : before != null) {
			throw new InvalidInputException("Page forwards with first/after or backwards with last/before");
		}
		Integer asked = backward ? last : first;
		int size = PageSize.checked((asked != null) ? asked : DEFAULT_SIZE);
		return new PageRequest(backward, (after != null) ? Cursors.decode(type, after) : null,
				(before != null) ? Cursors.decode(type, before) : null, size);
	}

	PageInfo pageInfo(boolean more, @Nullable String startCursor, @Nullable String endCursor) {
		// Paging from a cursor means the cursor's item, at least, lies on the other side
		return this.backward ? new PageInfo(this.beforeKey != null, more, startCursor, endCursor)
				: new PageInfo(more, this.afterKey != null, startCursor, endCursor);
	}

}
