package org.grassroots.api.law;

import org.grassroots.api.paging.ListFields;
import org.grassroots.application.laws.ConsultationCatalog;
import org.grassroots.graph.law.Consultation;
import org.grassroots.graph.law.ConsultationFilter;
import org.grassroots.graph.law.ConsultationRelation;
import org.grassroots.graph.law.Law;
import org.grassroots.graph.station.Station;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The lists of consultations on draft laws: the root list, each law's and each contact
 * point's.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationLists {

	@Bean
	ListFields<Consultation, ConsultationFilter, ConsultationRelation, ConsultationController.FilterInput> consultationFields(
			ConsultationCatalog consultations, BatchLoaderRegistry registry) {
		return ListFields
			.of(ConsultationController.TYPE, consultations, ConsultationFilter.SORTS,
					ConsultationController.FilterInput.class, ConsultationController.FilterInput::toFilter, registry)
			.root("consultations")
			.owned("Law", "consultations", ConsultationRelation.ON, Law::id)
			.owned("Station", "consultations", ConsultationRelation.HELD_BY, Station::id);
	}

}
