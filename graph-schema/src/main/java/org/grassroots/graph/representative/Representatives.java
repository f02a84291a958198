package org.grassroots.graph.representative;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Page;
import org.jspecify.annotations.Nullable;

/**
 * Reads deputies.
 */
public interface Representatives {

	/** The deputies with these ids, in one query; unknown ids are left out. */
	List<Representative> findByIds(Collection<String> ids);

	/** Those matching the filter in id order, after {@code afterId} when given. */
	Page<Representative> page(RepresentativeFilter filter, @Nullable String afterId, int size);

	/**
	 * The {@code size} matching items just before {@code beforeId} (the last ones when
	 * absent), in id order; {@code hasNext} says whether more come before them.
	 */
	Page<Representative> pageBackward(RepresentativeFilter filter, @Nullable String beforeId, int size);

	long count(RepresentativeFilter filter);

	/** The deputies stationed at each station, in one query. */
	Map<String, List<Representative>> ofStations(Collection<String> stationIds);

	/** The deputies who raised each case, in one query. */
	Map<String, List<Representative>> raisersOfCases(Collection<String> caseIds);

}
