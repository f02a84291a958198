package org.grassroots.api.paging;

import java.util.Locale;

import org.grassroots.api.error.InvalidInputException;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Position;

/**
 * Opaque cursors: the position of the item they point after (its sort value and key) and
 * the sort field it belongs to, encoded like a global id so clients do not build or parse
 * them.
 */
public final class Cursors {

	private static final char SEPARATOR = '\n';

	private Cursors() {
	}

	public static String encode(String type, Order order, Position position) {
		return GlobalId.of(type, order.name() + SEPARATOR + position.value() + SEPARATOR + position.id());
	}

	/**
	 * @throws InvalidInputException when the cursor is not one of ours for that type and
	 * order, or its sort value is not of the order's type (a forged cursor)
	 */
	public static Position decode(String type, Order order, String cursor) {
		String key = GlobalId.decode(cursor)
			.filter((id) -> id.type().equals(type))
			.map(GlobalId::key)
			.orElseThrow(() -> new InvalidInputException("Not a valid cursor: '" + cursor + "'"));
		int first = key.indexOf(SEPARATOR);
		int last = key.lastIndexOf(SEPARATOR);
		if (first < 0 || first == last) {
			throw new InvalidInputException("Not a valid cursor: '" + cursor + "'");
		}
		if (!key.substring(0, first).equals(order.name())) {
			throw new InvalidInputException("The cursor '" + cursor + "' belongs to another order than " + order.name()
					+ ": pass the orderBy its page was asked with");
		}
		String value = key.substring(first + 1, last);
		try {
			order.field().key().type().parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("Not a valid cursor: '" + cursor + "' does not hold a "
					+ order.field().key().type().name().toLowerCase(Locale.ROOT) + " for " + order.name());
		}
		return new Position(value, key.substring(last + 1));
	}

}
