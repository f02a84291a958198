package org.grassroots.application.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.application.listing.OwnedCatalog;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.CaseFilter;
import org.grassroots.graph.cases.CaseRelation;
import org.grassroots.graph.cases.CaseStatistics;
import org.grassroots.graph.cases.Cases;
import org.grassroots.graph.cases.Stage;

import org.springframework.stereotype.Service;

/**
 * Reading cases: lists, statistics and timelines. What of a case a caller may read is
 * {@link CaseVisibility}'s answer.
 */
@Service
public class CaseCatalog extends OwnedCatalog<Case, CaseFilter, CaseRelation, Cases> {

	CaseCatalog(Cases cases) {
		super(cases);
	}

	/** Totals and the groupings asked for, in one query. */
	public CaseStatistics statistics(CaseFilter filter, Set<CaseStatistics.Grouping> groupings) {
		return this.store.statistics(filter, groupings);
	}

	/** The timelines of these cases in one query. */
	public Map<String, List<Stage>> timelines(Collection<String> caseIds) {
		return this.store.timelines(caseIds);
	}

}
