package org.grassroots.application.network;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.application.access.Caller;
import org.grassroots.application.failure.Checks;
import org.grassroots.application.failure.Conflict;
import org.grassroots.application.failure.Forbidden;
import org.grassroots.application.failure.InvalidFields;
import org.grassroots.application.journal.Change;
import org.grassroots.application.journal.Mutations;
import org.grassroots.application.journal.Recorder;
import org.grassroots.application.network.NetworkInputs.Assignment;
import org.grassroots.application.network.NetworkInputs.DeputyChanges;
import org.grassroots.application.network.NetworkInputs.GridChanges;
import org.grassroots.application.network.NetworkInputs.NewConsultation;
import org.grassroots.application.network.NetworkInputs.NewDeputy;
import org.grassroots.application.network.NetworkInputs.NewGrid;
import org.grassroots.application.network.NetworkInputs.NewStation;
import org.grassroots.application.network.NetworkInputs.StationChanges;
import org.grassroots.application.network.NetworkInputs.Tallies;
import org.grassroots.graph.access.Role;
import org.grassroots.graph.access.Scope;
import org.grassroots.graph.editing.Editable;
import org.grassroots.graph.editing.RecordEdits;
import org.grassroots.graph.editing.RecordEdits.Link;
import org.grassroots.graph.editing.RecordEdits.Locked;
import org.grassroots.graph.region.Regions;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Stations, grids, deputies, their assignments and consultations, changed by stewards in
 * their regions: each change one transaction that locks the record within the caller's
 * scope, compares the version the client read, and journals the change.
 */
@Service
public class NetworkEditing {

	private static final int MAX_NAME = 100;

	private final RecordEdits records;

	private final Regions regions;

	private final Mutations mutations;

	private final SecureRandom random = new SecureRandom();

	NetworkEditing(RecordEdits records, Regions regions, Mutations mutations) {
		this.records = records;
		this.regions = regions;
		this.mutations = mutations;
	}

	/** Records a station or contact point in one of the steward's regions. */
	public String createStation(Caller caller, NewStation input) {
		Scope scope = caller.require(Role.STEWARD);
		Checks.ofInput()
			.text("name", "名称", input.name(), true, MAX_NAME)
			.key("regionKey", "所在地区", input.regionKey())
			.orThrow();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", input.name());
		properties.put("kind", input.kind().name());
		putIfGiven(properties, "openedOn", input.openedOn());
		return create(caller, "createStation", input.idempotencyKey(), input, Editable.STATION, "st", input.regionKey(),
				scope, properties, List.of(Link.to("LOCATED_IN", "Region", input.regionKey())));
	}

	public String updateStation(Caller caller, String id, StationChanges input) {
		Checks.ofInput().text("name", "名称", input.name(), false, MAX_NAME).orThrow();
		Map<String, @Nullable Object> changes = new LinkedHashMap<>();
		putIfGiven(changes, "name", input.name());
		putIfGiven(changes, "kind", (input.kind() != null) ? input.kind().name() : null);
		putIfGiven(changes, "openedOn", input.openedOn());
		return update(caller, "updateStation", Editable.STATION, id, input.version(), changes);
	}

	/**
	 * Records a grid: a large one within a region, or a small one part of a large one.
	 */
	public String createGrid(Caller caller, NewGrid input) {
		Scope scope = caller.require(Role.STEWARD);
		Checks.ofInput()
			.text("name", "名称", input.name(), true, MAX_NAME)
			.key("regionKey", "所在地区", input.regionKey())
			.key("parentGridKey", "所属大网格", input.parentGridKey())
			.key("stationKey", "联络站", input.stationKey())
			.require((input.regionKey() == null) != (input.parentGridKey() == null), "regionKey",
					"A grid lies within a region (regionKey) or is part of a large grid (parentGridKey): give one")
			.orThrow();
		List<Link> links = new ArrayList<>();
		String regionKey = input.regionKey();
		if (input.parentGridKey() != null) {
			// A small grid's region is its large grid's, which must lie in scope
			Locked parent = locked(Editable.GRID, input.parentGridKey(), scope, "input.parentGridKey");
			regionKey = parent.regionId();
			links.add(Link.to("PART_OF", "Grid", input.parentGridKey()));
		}
		else if (regionKey != null) {
			links.add(Link.to("WITHIN", "Region", regionKey));
		}
		if (input.stationKey() != null) {
			requireExists("Station", input.stationKey(), "input.stationKey");
			links.add(new Link("COVERS", "Station", input.stationKey(), true, Map.of()));
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", input.name());
		properties.put("size", input.size().name());
		return create(caller, "createGrid", input.idempotencyKey(), input, Editable.GRID, "grid",
				(regionKey != null) ? regionKey : "", scope, properties, links);
	}

	public String updateGrid(Caller caller, String id, GridChanges input) {
		Checks.ofInput().text("name", "名称", input.name(), false, MAX_NAME).orThrow();
		Map<String, @Nullable Object> changes = new LinkedHashMap<>();
		putIfGiven(changes, "name", input.name());
		return update(caller, "updateGrid", Editable.GRID, id, input.version(), changes);
	}

	/** Records a deputy elected from one of the steward's regions. */
	public String createDeputy(Caller caller, NewDeputy input) {
		Scope scope = caller.require(Role.STEWARD);
		Checks.ofInput()
			.text("name", "姓名", input.name(), true, 40)
			.text("sector", "界别", input.sector(), false, 100)
			.text("profile", "简介", input.profile(), false, 2_000)
			.key("regionKey", "选区", input.regionKey())
			.require(!input.levels().isEmpty(), "levels", "层级 (levels): a deputy sits in at least one congress")
			.orThrow();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", input.name());
		properties.put("levels", input.levels().stream().distinct().map(Enum::name).toList());
		putIfGiven(properties, "sector", input.sector());
		putIfGiven(properties, "profile", input.profile());
		return create(caller, "createRepresentative", input.idempotencyKey(), input, Editable.REPRESENTATIVE, "rep",
				input.regionKey(), scope, properties, List.of(Link.to("ELECTED_FROM", "Region", input.regionKey())));
	}

	public String updateDeputy(Caller caller, String id, DeputyChanges input) {
		Checks.ofInput()
			.text("name", "姓名", input.name(), false, 40)
			.text("sector", "界别", input.sector(), false, 100)
			.text("profile", "简介", input.profile(), false, 2_000)
			.require(input.levels() == null || !input.levels().isEmpty(), "levels",
					"层级 (levels): a deputy sits in at least one congress")
			.orThrow();
		Map<String, @Nullable Object> changes = new LinkedHashMap<>();
		putIfGiven(changes, "name", input.name());
		putIfGiven(changes, "levels",
				(input.levels() != null) ? input.levels().stream().distinct().map(Enum::name).toList() : null);
		putIfGiven(changes, "sector", input.sector());
		putIfGiven(changes, "profile", input.profile());
		return update(caller, "updateRepresentative", Editable.REPRESENTATIVE, id, input.version(), changes);
	}

	/**
	 * Assigns a deputy to a station (with since and role) or a grid in the steward's
	 * regions; assigning again updates since and role.
	 */
	public String assign(Caller caller, Assignment input) {
		return assignment(caller, input, true);
	}

	/** Ends a deputy's assignment to a station or grid; the audit trail keeps it. */
	public String endAssignment(Caller caller, Assignment input) {
		return assignment(caller, input, false);
	}

	private String assignment(Caller caller, Assignment input, boolean assign) {
		Scope scope = caller.require(Role.STEWARD);
		boolean atStation = input.stationKey() != null;
		Checks.ofInput()
			.key("deputyKey", "代表", input.deputyKey())
			.require(atStation != (input.gridKey() != null), "stationKey",
					"An assignment is to a station (stationKey) or a grid (gridKey): give one")
			.text("role", "职责", input.role(), false, 40)
			.orThrow();
		Editable place = atStation ? Editable.STATION : Editable.GRID;
		String placeKey = String.valueOf(atStation ? input.stationKey() : input.gridKey());
		String field = atStation ? "input.stationKey" : "input.gridKey";
		String action = assign ? "assignRepresentative" : "endAssignment";
		this.mutations.run(caller, action, (recorder) -> {
			Locked locked = locked(place, placeKey, scope, field);
			requireExists("Representative", input.deputyKey(), "input.deputyKey");
			Map<String, Object> properties = new LinkedHashMap<>();
			putIfGiven(properties, "since", input.since());
			putIfGiven(properties, "role", input.role());
			Link link = new Link(atStation ? "STATIONED_AT" : "SERVES_IN", "Representative", input.deputyKey(), true,
					properties);
			if (assign) {
				this.records.relate(place, placeKey, link);
			}
			else if (!this.records.unrelate(place, placeKey, link)) {
				throw new InvalidFields("input.deputyKey", "The deputy does not serve there");
			}
			recorder.target(place.label(), placeKey, locked.regionId())
				.changed("representative", assign ? null : input.deputyKey(), assign ? input.deputyKey() : null)
				.event(assign ? "RepresentativeAssigned" : "AssignmentEnded", Map.of("deputyKey", input.deputyKey()));
			return placeKey;
		});
		return input.deputyKey();
	}

	/**
	 * Opens a consultation on a law or draft at a contact point in the steward's regions.
	 */
	public String openConsultation(Caller caller, NewConsultation input) {
		Scope scope = caller.require(Role.STEWARD);
		Checks.ofInput()
			.text("title", "名称", input.title(), true, 200)
			.key("lawKey", "法律", input.lawKey())
			.key("contactPointKey", "基层立法联系点", input.contactPointKey())
			.text("partner", "协作单位", input.partner(), false, 100)
			.text("format", "形式", input.format(), false, 100)
			.orThrow();
		return this.mutations.create(caller, "openConsultation", input.idempotencyKey(), input, (recorder) -> {
			Locked station = locked(Editable.STATION, input.contactPointKey(), scope, "input.contactPointKey");
			requireExists("Law", input.lawKey(), "input.lawKey");
			this.records.update(Editable.STATION, input.contactPointKey(), Map.of());
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("title", input.title());
			putIfGiven(properties, "openedOn", input.openedOn());
			putIfGiven(properties, "partner", input.partner());
			putIfGiven(properties, "format", input.format());
			properties.put("source", "staff:" + caller.signedIn());
			String id = newId("cons");
			this.records.create(Editable.CONSULTATION, id, properties, List.of(Link.to("ON", "Law", input.lawKey()),
					Link.to("HELD_BY", "Station", input.contactPointKey())));
			recorder.target(Editable.CONSULTATION.label(), id, station.regionId())
				.changed(Change.between(Map.of(), properties))
				.event("ConsultationOpened", Map.of("lawKey", input.lawKey()));
			return id;
		});
	}

	/** Records a consultation's tallies: opinions submitted and adopted. */
	public String recordTallies(Caller caller, String id, Tallies input) {
		Checks.ofInput()
			.notNegative("opinionsSubmitted", "提交意见", input.opinionsSubmitted())
			.notNegative("opinionsAdopted", "采纳意见", input.opinionsAdopted())
			.require(input.opinionsAdopted() <= input.opinionsSubmitted(), "opinionsAdopted",
					"采纳意见 (opinionsAdopted) cannot exceed the opinions submitted")
			.orThrow();
		Map<String, @Nullable Object> changes = new LinkedHashMap<>();
		changes.put("opinionsSubmitted", input.opinionsSubmitted());
		changes.put("opinionsAdopted", input.opinionsAdopted());
		putIfGiven(changes, "closedOn", input.closedOn());
		return update(caller, "recordConsultationTallies", Editable.CONSULTATION, id, input.version(), changes);
	}

	private String create(Caller caller, String action, @Nullable String idempotencyKey, Object input, Editable kind,
			String prefix, String regionKey, Scope scope, Map<String, Object> properties, List<Link> links) {
		return this.mutations.create(caller, action, idempotencyKey, input, (recorder) -> {
			if (!this.regions.inScope(regionKey, scope)) {
				throw scope.everywhere() ? new InvalidFields("input.regionKey", "No region '" + regionKey + "'")
						: new Forbidden("You may record this only in your regions");
			}
			for (Link link : links) {
				requireExists(link.targetLabel(), link.targetId(), "input");
			}
			Map<String, Object> all = new LinkedHashMap<>(properties);
			all.put("source", "staff:" + caller.signedIn());
			String id = newId(prefix);
			this.records.create(kind, id, all, links);
			recorder.target(kind.label(), id, regionKey)
				.changed(Change.between(Map.of(), all))
				.event(kind.label() + "Recorded", Map.of());
			return id;
		});
	}

	private String update(Caller caller, String action, Editable kind, String id, long version,
			Map<String, @Nullable Object> changes) {
		Scope scope = caller.require(Role.STEWARD);
		return this.mutations.run(caller, action, (recorder) -> {
			Locked locked = locked(kind, id, scope, "input.id");
			if (locked.version() != version) {
				throw new Conflict(kind.label(), id, version, locked.version());
			}
			this.records.update(kind, id, changes);
			record(recorder, kind, locked, changes);
			return id;
		});
	}

	private static void record(Recorder recorder, Editable kind, Locked locked, Map<String, @Nullable Object> changes) {
		Map<String, @Nullable Object> after = new LinkedHashMap<>();
		changes.forEach((name, value) -> after.put(name, (value != null) ? value.toString() : null));
		recorder.target(kind.label(), locked.id(), locked.regionId())
			.changed(Change.between(locked.properties(), after))
			.changed("version", locked.version(), locked.version() + 1)
			.event(kind.label() + "Updated", Map.of());
	}

	/** Only a caller who may reach everything learns that the record does not exist. */
	private Locked locked(Editable kind, String id, Scope scope, String field) {
		return this.records.lock(kind, id, scope)
			.orElseThrow(() -> scope.everywhere() ? new InvalidFields(field, "No " + kind.label() + " '" + id + "'")
					: new Forbidden("No " + kind.label() + " with this key in your regions"));
	}

	private void requireExists(String label, String id, String field) {
		if (!this.records.exists(label, id)) {
			throw new InvalidFields(field, "No " + label + " '" + id + "'");
		}
	}

	private String newId(String prefix) {
		byte[] bytes = new byte[6];
		this.random.nextBytes(bytes);
		return prefix + "-" + HexFormat.of().formatHex(bytes);
	}

	private static void putIfGiven(Map<String, ? super Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
