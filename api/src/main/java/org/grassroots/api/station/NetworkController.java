package org.grassroots.api.station;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.application.access.Callers;
import org.grassroots.application.deputies.DeputyCatalog;
import org.grassroots.application.laws.ConsultationCatalog;
import org.grassroots.application.network.NetworkEditing;
import org.grassroots.application.network.NetworkInputs;
import org.grassroots.application.stations.GridCatalog;
import org.grassroots.application.stations.StationCatalog;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Stewards' changes to stations, grids, deputies and consultations: each hands the input
 * to the application service with the caller and answers the record as it now is.
 */
@Controller
class NetworkController {

	private final NetworkEditing editing;

	private final StationCatalog stations;

	private final GridCatalog grids;

	private final DeputyCatalog deputies;

	private final ConsultationCatalog consultations;

	NetworkController(NetworkEditing editing, StationCatalog stations, GridCatalog grids, DeputyCatalog deputies,
			ConsultationCatalog consultations) {
		this.editing = editing;
		this.stations = stations;
		this.grids = grids;
		this.deputies = deputies;
		this.consultations = consultations;
	}

	@MutationMapping
	Map<String, Object> createStation(@Argument NetworkInputs.NewStation input) {
		return station(this.editing.createStation(Callers.current(), input));
	}

	@MutationMapping
	Map<String, Object> updateStation(@Argument NetworkInputs.StationChanges input,
			DataFetchingEnvironment environment) {
		return station(this.editing.updateStation(Callers.current(), key("Station", environment), input));
	}

	@MutationMapping
	Map<String, Object> createGrid(@Argument NetworkInputs.NewGrid input) {
		return grid(this.editing.createGrid(Callers.current(), input));
	}

	@MutationMapping
	Map<String, Object> updateGrid(@Argument NetworkInputs.GridChanges input, DataFetchingEnvironment environment) {
		return grid(this.editing.updateGrid(Callers.current(), key("Grid", environment), input));
	}

	@MutationMapping
	Map<String, Object> createRepresentative(@Argument NetworkInputs.NewDeputy input) {
		return deputy(this.editing.createDeputy(Callers.current(), input));
	}

	@MutationMapping
	Map<String, Object> updateRepresentative(@Argument NetworkInputs.DeputyChanges input,
			DataFetchingEnvironment environment) {
		return deputy(this.editing.updateDeputy(Callers.current(), key("Representative", environment), input));
	}

	@MutationMapping
	Map<String, Object> assignRepresentative(@Argument NetworkInputs.Assignment input) {
		return deputy(this.editing.assign(Callers.current(), input));
	}

	@MutationMapping
	Map<String, Object> endAssignment(@Argument NetworkInputs.Assignment input) {
		return deputy(this.editing.endAssignment(Callers.current(), input));
	}

	@MutationMapping
	Map<String, Object> openConsultation(@Argument NetworkInputs.NewConsultation input) {
		return consultation(this.editing.openConsultation(Callers.current(), input));
	}

	@MutationMapping
	Map<String, Object> recordConsultationTallies(@Argument NetworkInputs.Tallies input,
			DataFetchingEnvironment environment) {
		return consultation(this.editing.recordTallies(Callers.current(), key("Consultation", environment), input));
	}

	private Map<String, Object> station(String key) {
		return Map.of("station", this.stations.findByIds(List.of(key)).getFirst());
	}

	private Map<String, Object> grid(String key) {
		return Map.of("grid", this.grids.findByIds(List.of(key)).getFirst());
	}

	private Map<String, Object> deputy(String key) {
		return Map.of("representative", this.deputies.findByIds(List.of(key)).getFirst());
	}

	private Map<String, Object> consultation(String key) {
		return Map.of("consultation", this.consultations.findByIds(List.of(key)).getFirst());
	}

	private static String key(String type, DataFetchingEnvironment environment) {
		Map<String, Object> input = environment.getArgument("input");
		return GlobalId.keyOf(type, String.valueOf(input.get("id")), "input.id");
	}

}
