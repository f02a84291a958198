package org.grassroots.api.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.grassroots.api.error.InvalidInputException;
import org.grassroots.api.paging.Related;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.application.laws.ConsultationCatalog;
import org.grassroots.application.laws.LawCatalog;
import org.grassroots.application.stations.StationCatalog;
import org.grassroots.graph.law.Consultation;
import org.grassroots.graph.law.ConsultationFilter;
import org.grassroots.graph.law.ConsultationTally;
import org.grassroots.graph.law.Law;
import org.grassroots.graph.station.Station;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ConsultationController {

	static final String TYPE = "Consultation";

	private final ConsultationCatalog consultations;

	private final LawCatalog laws;

	private final StationCatalog stations;

	ConsultationController(ConsultationCatalog consultations, LawCatalog laws, StationCatalog stations) {
		this.consultations = consultations;
		this.laws = laws;
		this.stations = stations;
	}

	@QueryMapping
	List<ConsultationTally> consultationStatistics(@Argument ConsultationTally.Grouping groupBy,
			@Argument @Nullable FilterInput filter) {
		return this.consultations.tallies(FilterInput.toFilter(filter), groupBy);
	}

	@SchemaMapping(typeName = TYPE)
	double adoptionRate(Consultation consultation) {
		return new ConsultationTally(consultation.id(), consultation.title(), 1, consultation.opinionsSubmitted(),
				consultation.opinionsAdopted())
			.adoptionRate();
	}

	/** One query for the laws of every consultation in the response. */
	@BatchMapping(typeName = TYPE)
	Map<Consultation, Law> law(List<Consultation> consultations) {
		return Related.referenced(consultations, Consultation::lawId, this.laws::findByIds, Law::id);
	}

	/** One query for the contact points of every consultation in the response. */
	@BatchMapping(typeName = TYPE)
	Map<Consultation, Station> station(List<Consultation> consultations) {
		return Related.referenced(consultations, Consultation::stationId, this.stations::findByIds, Station::id);
	}

	record FilterInput(@Nullable String lawKey, @Nullable String stationKey, @Nullable String withinKey,
			@Nullable LocalDate openedFrom, @Nullable LocalDate openedTo, @Nullable String titleContains) {

		static ConsultationFilter toFilter(@Nullable FilterInput input) {
			if (input == null) {
				return ConsultationFilter.ALL;
			}
			if (input.openedFrom != null && input.openedTo != null && input.openedFrom.isAfter(input.openedTo)) {
				throw new InvalidInputException("openedFrom must not be after openedTo");
			}
			return new ConsultationFilter(input.lawKey, input.stationKey, input.withinKey, input.openedFrom,
					input.openedTo, TextFilter.checked("titleContains", input.titleContains));
		}

	}

}
