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

}
