package org.grassroots.application.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.application.access.Caller;
import org.grassroots.application.listing.OwnedCatalog;
import org.grassroots.graph.access.Role;
import org.grassroots.graph.cases.ArchivedCaseFilter;
import org.grassroots.graph.cases.ArchivedCases;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.CaseFilter;
import org.grassroots.graph.cases.CaseRelation;
import org.grassroots.graph.cases.CaseStatistics;
import org.grassroots.graph.cases.Cases;
import org.grassroots.graph.cases.Stage;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Seek;

import org.springframework.stereotype.Service;

/**
 * Reading cases: lists, statistics and timelines. What of a case a caller may read is
 * {@link CaseVisibility}'s answer.
 */
@Service
public class CaseCatalog extends OwnedCatalog<Case, CaseFilter, CaseRelation, Cases> {

	private final ArchivedCases archived;

	CaseCatalog(Cases cases, ArchivedCases archived) {
		super(cases);
		this.archived = archived;
	}

	/**
	 * The archived cases the caller may see: staff, within the regions of their roles.
	 * @throws org.grassroots.application.failure.NotSignedIn for an anonymous caller
	 * @throws org.grassroots.application.failure.Forbidden for an account without roles
	 */
	public ArchivedCaseFilter archivedFor(Caller caller) {
		return new ArchivedCaseFilter(caller.require(Role.values()));
	}

	public Page<Case> archived(ArchivedCaseFilter filter, Order order, Seek seek) {
		return this.archived.page(filter, order, seek);
	}

	public long archivedCount(ArchivedCaseFilter filter) {
		return this.archived.count(filter);
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
