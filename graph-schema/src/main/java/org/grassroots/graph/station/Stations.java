package org.grassroots.graph.station;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Page;
import org.jspecify.annotations.Nullable;

/**
 * Reads stations.
 */
public interface Stations {

	/** The stations with these ids, in one query; unknown ids are left out. */
	List<Station> findByIds(Collection<String> ids);

	/** Those matching the filter in id order, after {@code afterId} when given. */
	Page<Station> page(StationFilter filter, @Nullable String afterId, int size);

	/**
	 * The {@code size} matching items just before {@code beforeId} (the last ones when
	 * absent), in id order; {@code hasNext} says whether more come before them.
	 */
	Page<Station> pageBackward(StationFilter filter, @Nullable String beforeId, int size);

	long count(StationFilter filter);

	/** The station each case was collected at, in one query. */
	Map<String, Station> ofCases(Collection<String> caseIds);

	/** The stations each deputy is stationed at, in one query. */
	Map<String, List<Station>> ofRepresentatives(Collection<String> representativeIds);

}
