package org.grassroots.api.cases;

import java.util.List;

import org.grassroots.api.paging.PageInfo;
import org.grassroots.graph.cases.Case;

/**
 * A page of cases; {@code totalCount} is resolved only when asked for.
 */
record CaseConnection(List<Edge> edges, PageInfo pageInfo) {

	record Edge(Case node, String cursor) {
	}

}
