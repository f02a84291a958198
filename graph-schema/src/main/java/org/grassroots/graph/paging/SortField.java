package org.grassroots.graph.paging;

/**
 * A field a list can be ordered by; implemented by each list's enum of fields.
 */
public interface SortField {

	/**
	 * The field's name, which cursors carry so that they are not used with another order.
	 */
	String name();

	SortKey key();

	default Order ascending() {
		return new Order(this, false);
	}

	default Order descending() {
		return new Order(this, true);
	}

	/**
	 * The order of a list that is only ever ordered by its key (the audit trail,
	 * accounts, deliveries), named {@code KEY} in cursors.
	 * @param expression the key, e.g. {@code e.id}
	 */
	static SortField byKey(String expression) {
		return new ByKey(SortKey.text(expression));
	}

	/** A list's only order, by its key. */
	record ByKey(SortKey key) implements SortField {

		@Override
		public String name() {
			return "KEY";
		}

	}

}
