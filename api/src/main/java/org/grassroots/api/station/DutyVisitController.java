package org.grassroots.api.station;

import java.util.Map;

import org.grassroots.application.access.Callers;
import org.grassroots.application.deputies.DutyVisits;
import org.grassroots.graph.representative.DutyVisit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class DutyVisitController {

	private static final String TYPE = "DutyVisitRecord";

	private final DutyVisits visits;

	DutyVisitController(DutyVisits visits) {
		this.visits = visits;
	}

	@MutationMapping
	Map<String, DutyVisit> logDutyVisit(@Argument DutyVisits.NewVisit input) {
		return Map.of("visit", this.visits.log(Callers.current(), input));
	}

	@SchemaMapping(typeName = TYPE)
	String key(DutyVisit visit) {
		return visit.id();
	}

	@SchemaMapping(typeName = TYPE)
	String deputyKey(DutyVisit visit) {
		return visit.representativeId();
	}

	@SchemaMapping(typeName = TYPE)
	String placeKey(DutyVisit visit) {
		return visit.placeId();
	}

}
