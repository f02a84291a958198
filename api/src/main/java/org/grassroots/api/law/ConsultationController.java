package org.grassroots.api.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.error.InvalidInputException;
import org.grassroots.api.paging.Connection;
import org.grassroots.api.paging.Connections;
import org.grassroots.api.paging.OrderInput;
import org.grassroots.api.paging.PageRequest;
import org.grassroots.api.paging.Related;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.application.laws.ConsultationCatalog;
import org.grassroots.application.laws.LawCatalog;
import org.grassroots.application.stations.StationCatalog;
import org.grassroots.graph.law.Consultation;
import org.grassroots.graph.law.ConsultationFilter;
import org.grassroots.graph.law.ConsultationRelation;
import org.grassroots.graph.law.ConsultationTally;
import org.grassroots.graph.law.Law;
import org.grassroots.graph.station.Station;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class ConsultationController {

	static final String TYPE = "Consultation";

	private final ConsultationCatalog consultations;

	private final LawCatalog laws;

	private final StationCatalog stations;

	private final Connections<Consultation, ConsultationFilter, ConsultationRelation> connections;

	ConsultationController(ConsultationCatalog consultations, LawCatalog laws, StationCatalog stations,
			BatchLoaderRegistry registry) {
		this.consultations = consultations;
		this.laws = laws;
		this.stations = stations;
		this.connections = new Connections<>(TYPE, consultations, registry);
	}

	@QueryMapping
	Connection<Consultation, ConsultationFilter> consultations(@Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		return this.connections.root(request(environment, orderBy), FilterInput.toFilter(filter), environment);
	}

	@QueryMapping
	List<ConsultationTally> consultationStatistics(@Argument ConsultationTally.Grouping groupBy,
			@Argument @Nullable FilterInput filter) {
		return this.consultations.tallies(FilterInput.toFilter(filter), groupBy);
	}

	@SchemaMapping(typeName = "Law", field = "consultations")
	CompletableFuture<Connection<Consultation, ConsultationFilter>> on(Law law, @Argument @Nullable FilterInput filter,
			@Argument @Nullable OrderInput orderBy, DataFetchingEnvironment environment) {
		return this.connections.owned(environment, ConsultationRelation.ON, law.id(), request(environment, orderBy),
				FilterInput.toFilter(filter));
	}

	@SchemaMapping(typeName = "Station", field = "consultations")
	CompletableFuture<Connection<Consultation, ConsultationFilter>> heldBy(Station station,
			@Argument @Nullable FilterInput filter, @Argument @Nullable OrderInput orderBy,
			DataFetchingEnvironment environment) {
		return this.connections.owned(environment, ConsultationRelation.HELD_BY, station.id(),
				request(environment, orderBy), FilterInput.toFilter(filter));
	}

	/**
	 * One query for the total counts of every list of consultations owned the same way.
	 */
	@BatchMapping(typeName = TYPE + "Connection")
	Map<Object, Long> totalCount(List<Object> connections) {
		return this.connections.totalCounts(connections);
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
		Map<String, Law> laws = this.laws
			.findByIds(consultations.stream().map(Consultation::lawId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Law::id, Function.identity()));
		return Related.single(consultations, Consultation::lawId, laws);
	}

	/** One query for the contact points of every consultation in the response. */
	@BatchMapping(typeName = TYPE)
	Map<Consultation, Station> station(List<Consultation> consultations) {
		Map<String, Station> stations = this.stations
			.findByIds(consultations.stream().map(Consultation::stationId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Station::id, Function.identity()));
		return Related.single(consultations, Consultation::stationId, stations);
	}

	private static PageRequest request(DataFetchingEnvironment environment, @Nullable OrderInput orderBy) {
		return PageRequest.of(environment, TYPE, OrderInput.of(orderBy, ConsultationFilter.SORTS));
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
