package org.grassroots.api.cases;

import java.util.List;

import org.grassroots.api.paging.PageInfo;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.CaseFilter;

/**
 * A page of cases and the filter that chose them; {@code totalCount} is resolved only
 * when asked for.
 */
record CaseConnection(List<Edge> edges, PageInfo pageInfo, CaseFilter filter) {

	record Edge(Case node, String cursor) {
	}

}
