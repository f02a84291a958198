package org.grassroots.search.article;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of hits ends: the last hit's sort values, so that the next page seeks past
 * them ({@code search_after}) instead of skipping ({@code from}), at any depth.
 *
 * @param order the order the page was read in
 * @param value the last hit's score or publication time in epoch milliseconds
 * @param id the last hit's key (the tie-breaker)
 */
public record SearchCursor(ArticleQuery.Order order, double value, String id) {

	/** The opaque form a client sends back. */
	public String encoded() {
		String plain = this.order.name() + "\n" + Double.toString(this.value) + "\n" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor a client sent.
	 * @throws IllegalArgumentException when it is not one this index wrote
	 */
	public static SearchCursor parse(String encoded) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\n", 3);
			if (parts.length != 3 || parts[2].isEmpty()) {
				throw new IllegalArgumentException("not a search cursor");
			}
			return new SearchCursor(ArticleQuery.Order.valueOf(parts[0]), Double.parseDouble(parts[1]), parts[2]);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The cursor is not one this search returned", ex);
		}
	}

}
