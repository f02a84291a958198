package org.grassroots.graph.paging;

/**
 * What a sort field orders by: a Cypher expression on the list's node that is never null
 * (absent values fall back to a constant), and the type its values read back as.
 *
 * @param expression e.g. {@code coalesce(c.raisedOn, date('0001-01-01'))}
 * @param type how the values read back from cursors
 */
public record SortKey(String expression, SortType type) {

	public static SortKey text(String expression) {
		return new SortKey(expression, SortType.TEXT);
	}

	/** A date property; absent dates sort as the earliest. */
	public static SortKey date(String property) {
		return new SortKey("coalesce(%s, date('0001-01-01'))".formatted(property), SortType.DATE);
	}

	/** A number property; absent numbers sort as zero. */
	public static SortKey number(String property) {
		return new SortKey("coalesce(%s, 0)".formatted(property), SortType.NUMBER);
	}

}
