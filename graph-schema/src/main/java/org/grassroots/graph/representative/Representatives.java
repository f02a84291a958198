package org.grassroots.graph.representative;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads deputies.
 */
public interface Representatives {

	/** The deputies with these ids, in one query; unknown ids are left out. */
	List<Representative> findByIds(Collection<String> ids);

	/** The deputies stationed at each station, in one query. */
	Map<String, List<Representative>> ofStations(Collection<String> stationIds);

	/** The deputies who raised each case, in one query. */
	Map<String, List<Representative>> raisersOfCases(Collection<String> caseIds);

}
