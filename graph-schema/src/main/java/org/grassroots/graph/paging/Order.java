package org.grassroots.graph.paging;

/**
 * How a list is ordered: by a field, then by id in the same direction, so that every item
 * has one place and pages never overlap.
 *
 * @param field what to order by
 * @param descending largest first
 */
public record Order(SortField field, boolean descending) {

	public String name() {
		return this.field.name();
	}

}
