package org.grassroots.graph.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Page;
import org.jspecify.annotations.Nullable;

/**
 * Reads the region hierarchy.
 */
public interface Regions {

	/** The regions with these ids, in one query; unknown ids are left out. */
	List<Region> findByIds(Collection<String> ids);

	/** Regions matching the filter in id order, after {@code afterId} when given. */
	Page<Region> page(RegionFilter filter, @Nullable String afterId, int size);

	/**
	 * The {@code size} matching items just before {@code beforeId} (the last ones when
	 * absent), in id order; {@code hasNext} says whether more come before them.
	 */
	Page<Region> pageBackward(RegionFilter filter, @Nullable String beforeId, int size);

	long count(RegionFilter filter);

	/** The region each case is located in, in one query. */
	Map<String, Region> ofCases(Collection<String> caseIds);

}
