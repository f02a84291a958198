package org.grassroots.graph.paging;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of an ordered list.
 *
 * @param items the items on this page, in list order
 * @param positions where each item sits, for cursors
 * @param hasNext whether items follow the last one (in the direction of paging)
 * @param total how many items the whole list has, when counted with the page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, List<Position> positions, boolean hasNext, @Nullable Long total) {

	public Page {
		items = List.copyOf(items);
		positions = List.copyOf(positions);
		if (items.size() != positions.size()) {
			throw new IllegalArgumentException("Every item needs a position");
		}
	}

	public Page(List<T> items, List<Position> positions, boolean hasNext) {
		this(items, positions, hasNext, null);
	}

	public static <T> Page<T> empty() {
		return new Page<>(List.of(), List.of(), false);
	}

	public <U> Page<U> map(Function<T, U> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.positions, this.hasNext, this.total);
	}

	public Page<T> withTotal(long total) {
		return new Page<>(this.items, this.positions, this.hasNext, total);
	}

	public Position lastPosition() {
		return this.positions.getLast();
	}

}
