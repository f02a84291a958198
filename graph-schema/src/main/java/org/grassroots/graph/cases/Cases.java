package org.grassroots.graph.cases;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.OwnedListing;

/**
 * Reads cases from the graph.
 */
public interface Cases extends Listing<Case, CaseFilter>, OwnedListing<Case, CaseFilter, CaseRelation> {

	Optional<Case> findById(String id);

	/** A live or archived case (archived ones are left out of every other read). */
	Optional<Case> findIncludingArchived(String id);

	/** Totals and counts per status, kind, month and district, in one query. */
	default CaseStatistics statistics(CaseFilter filter) {
		return statistics(filter, EnumSet.allOf(CaseStatistics.Grouping.class));
	}

	/**
	 * Totals and the groupings asked for, in one query; the others are left empty.
	 */
	CaseStatistics statistics(CaseFilter filter, Set<CaseStatistics.Grouping> groupings);

	/**
	 * The timelines of these cases in one query, each in order; cases without one are
	 * left out.
	 */
	Map<String, List<Stage>> timelines(Collection<String> caseIds);

}
