package org.grassroots.graph.cases;

import org.grassroots.graph.access.Scope;
import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.ConditionsFilter;

/**
 * The archived cases a reader's scope covers.
 *
 * @param scope the reader's scope
 */
public record ArchivedCaseFilter(Scope scope) implements ConditionsFilter {

	@Override
	public Conditions conditions() {
		return new Conditions().within(this.scope, "(c)-[:LOCATED_IN]->(r:Region)");
	}

}
