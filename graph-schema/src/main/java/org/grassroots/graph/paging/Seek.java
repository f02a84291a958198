package org.grassroots.graph.paging;

import org.jspecify.annotations.Nullable;

/**
 * Which page of an ordered list: the {@code size} items after a position (or from the
 * start), or, backwards, the {@code size} items before it (or the last ones).
 *
 * @param backward whether the page ends at {@code from}
 * @param from the position the page starts after (or ends before); null for the start (or
 * end)
 * @param size how many items
 */
public record Seek(boolean backward, @Nullable Position from, int size) {

	public static Seek first(int size) {
		return new Seek(false, null, size);
	}

	public static Seek after(Position position, int size) {
		return new Seek(false, position, size);
	}

}
