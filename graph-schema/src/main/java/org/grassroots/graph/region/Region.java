package org.grassroots.graph.region;

import org.jspecify.annotations.Nullable;

/**
 * A place in the administrative hierarchy.
 *
 * @param id business key, e.g. {@code jm-jianghai}
 * @param name e.g. 江海区
 * @param level where it sits in the hierarchy
 * @param kind the Chinese word for it, e.g. 区, 县级市, 街道, 社区
 * @param code administrative-division code, where known
 * @param parentId the region it lies within, absent for the top
 */
public record Region(String id, String name, RegionLevel level, String kind, @Nullable String code,
		@Nullable String parentId) {
}
