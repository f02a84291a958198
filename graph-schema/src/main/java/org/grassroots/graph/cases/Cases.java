package org.grassroots.graph.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.OwnedListing;

/**
 * Reads cases from the graph.
 */
public interface Cases extends Listing<Case, CaseFilter>, OwnedListing<Case, CaseFilter, CaseRelation> {

	Optional<Case> findById(String id);

	/** Totals and counts per status, kind, month and district, in one query. */
	CaseStatistics statistics(CaseFilter filter);

	/**
	 * The timelines of these cases in one query, each in order; cases without one are
	 * left out.
	 */
	Map<String, List<Stage>> timelines(Collection<String> caseIds);

}
