package org.grassroots.graph.paging;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a sort field orders by: a Cypher expression on the list's node that is never null
 * (absent values fall back to a constant), and the type its values read back as.
 *
 * @param expression e.g. {@code coalesce(c.raisedOn, date('0001-01-01'))}
 * @param type how the values read back from cursors
 * @param floor for a property whose absent values fall back to a constant no present
 * value goes below, the property and that constant: the values above it can be read in
 * order from the property's index
 */
public record SortKey(String expression, SortType type, @Nullable Floor floor) {

	public SortKey(String expression, SortType type) {
		this(expression, type, null);
	}

	public static SortKey text(String expression) {
		return new SortKey(expression, SortType.TEXT);
	}

	/** A date property; absent dates sort as the earliest. */
	public static SortKey date(String property) {
		return floored(property, "date('0001-01-01')", SortType.DATE);
	}

	/** A number property that is never negative; absent numbers sort as zero. */
	public static SortKey number(String property) {
		return floored(property, "0", SortType.NUMBER);
	}

	private static SortKey floored(String property, String constant, SortType type) {
		return new SortKey("coalesce(%s, %s)".formatted(property, constant), type, new Floor(property, constant));
	}

	/** The property and its fallback constant, when the key has them. */
	public Optional<Floor> floored() {
		return Optional.ofNullable(this.floor);
	}

	/**
	 * A property and the constant its absent values sort as.
	 *
	 * @param property e.g. {@code c.raisedOn}
	 * @param constant a Cypher literal, e.g. {@code date('0001-01-01')}
	 */
	public record Floor(String property, String constant) {
	}

}
