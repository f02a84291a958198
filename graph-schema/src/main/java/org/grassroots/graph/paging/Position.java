package org.grassroots.graph.paging;

/**
 * Where an item sits in an ordered list: its sort value (as text) and its id.
 *
 * @param value the sort field's value, as Cypher's {@code toString} writes it
 * @param id the item's business key
 */
public record Position(String value, String id) {
}
