package org.grassroots.graph.cases;

import org.grassroots.graph.paging.Listing;

/**
 * Archived cases, which every other read leaves out: listed for the staff who may restore
 * them, within their scope.
 */
public interface ArchivedCases extends Listing<Case, ArchivedCaseFilter> {

}
