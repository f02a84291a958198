package org.grassroots.api.cases;

import org.grassroots.api.compiled.ComposedList;
import org.grassroots.api.compiled.RootList;
import org.grassroots.application.cases.CaseCatalog;
import org.grassroots.application.reads.ComposedReads;
import org.grassroots.graph.cases.CaseFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The root {@code cases} list, composed: its arguments read as {@link CaseController}
 * reads them. The list is public (the residents' fields of its cases are never composed),
 * so no scope enters it.
 */
@Configuration(proxyBeanMethods = false)
class CaseLists {

	@Bean
	ComposedList composedCases(CaseCatalog cases, ComposedReads reads) {
		return new RootList<>("cases", CaseController.TYPE, cases, CaseFilter.SORTS, CaseFilterInput.class,
				(input) -> ((input != null) ? input : CaseFilterInput.NONE).toFilter(), reads);
	}

}
