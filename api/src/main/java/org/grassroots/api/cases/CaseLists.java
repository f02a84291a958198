package org.grassroots.api.cases;

import org.grassroots.api.paging.ListFields;
import org.grassroots.application.cases.CaseCatalog;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.CaseFilter;
import org.grassroots.graph.cases.CaseRelation;
import org.grassroots.graph.law.Law;
import org.grassroots.graph.region.Region;
import org.grassroots.graph.representative.Representative;
import org.grassroots.graph.station.Grid;
import org.grassroots.graph.station.Station;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The lists of cases: the root list, composed (its arguments read as its fetcher reads
 * them), and the lists deputies, stations, regions, grids and laws own. The lists are
 * public (the residents' fields of their cases are never composed), so no scope enters
 * them.
 */
@Configuration(proxyBeanMethods = false)
class CaseLists {

	@Bean
	ListFields<Case, CaseFilter, CaseRelation, CaseFilterInput> caseFields(CaseCatalog cases,
			BatchLoaderRegistry registry) {
		return ListFields
			.of(CaseController.TYPE, cases, CaseFilter.SORTS, CaseFilterInput.class, CaseFilterInput::filterOf,
					registry)
			.root("cases")
			.composed()
			.owned("Representative", "cases", CaseRelation.RAISED_BY, Representative::id)
			.owned("Station", "cases", CaseRelation.COLLECTED_AT, Station::id)
			.owned("Region", "cases", CaseRelation.LOCATED_IN, Region::id)
			.owned("Grid", "cases", CaseRelation.IN_GRID, Grid::id)
			.owned("Law", "opinions", CaseRelation.CONCERNING, Law::id);
	}

}
