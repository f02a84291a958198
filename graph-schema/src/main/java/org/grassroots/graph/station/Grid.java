package org.grassroots.graph.station;

import org.jspecify.annotations.Nullable;

/**
 * A governance grid (网格): a large grid is usually a village or community, a small one a
 * part of a large one.
 *
 * @param id business key
 * @param name e.g. 南村村网格
 * @param size large or small
 * @param regionId the village or community it lies in (a small grid's through its large
 * grid)
 * @param parentId the large grid a small grid is part of
 * @param version raised by every change, for optimistic locking
 */
public record Grid(String id, String name, GridSize size, @Nullable String regionId, @Nullable String parentId,
		long version) {
}
