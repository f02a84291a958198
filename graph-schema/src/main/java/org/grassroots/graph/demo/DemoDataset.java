package org.grassroots.graph.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.graph.cases.CaseKind;
import org.grassroots.graph.cases.CaseStage;
import org.grassroots.graph.cases.CaseStatus;
import org.grassroots.graph.law.LawKind;
import org.grassroots.graph.region.RegionLevel;
import org.grassroots.graph.representative.CongressLevel;
import org.grassroots.graph.station.GridSize;
import org.grassroots.graph.station.StationKind;

/**
 * The demo files read and checked, and turned into the ordered Cypher statements that
 * load them: nodes first, then the links between them.
 */
final class DemoDataset {

	private final List<Map<String, Object>> regions;

	private final List<Map<String, Object>> stations;

	private final List<Map<String, Object>> grids;

	private final List<Map<String, Object>> representatives;

	private final List<Map<String, Object>> laws;

	private final List<Map<String, Object>> consultations;

	private final List<Map<String, Object>> cases;

	private final List<Map<String, Object>> agencies;

	private final List<Map<String, Object>> projects;

	private final List<String> problems = new ArrayList<>();

	DemoDataset(Map<String, List<Map<String, Object>>> files) {
		this.regions = files.get("regions.json");
		this.stations = files.get("stations.json");
		this.grids = DemoGrids.expand(files.get("grids.json"));
		this.representatives = files.get("representatives.json");
		this.laws = files.get("laws.json");
		this.consultations = files.get("consultations.json");
		this.cases = files.get("cases.json");
		this.agencies = files.get("agencies.json");
		this.projects = files.getOrDefault("livelihood-projects.json", List.of());
	}

	static DemoDataset read() {
		Map<String, List<Map<String, Object>>> files = new LinkedHashMap<>();
		for (String file : List.of("regions.json", "stations.json", "grids.json", "representatives.json", "laws.json",
				"consultations.json", "agencies.json", "cases.json", "livelihood-projects.json")) {
			files.put(file, DemoRows.read(file));
		}
		return new DemoDataset(files);
	}

	List<Map<String, Object>> cases() {
		return this.cases;
	}

	List<Map<String, Object>> regions() {
		return this.regions;
	}

	List<Map<String, Object>> stations() {
		return this.stations;
	}

	/**
	 * @throws IllegalStateException listing every unknown reference or enum value
	 */
	void validate() {
		this.problems.clear();
		checkEnum(this.regions, "level", RegionLevel.class);
		checkEnum(this.stations, "kind", StationKind.class);
		checkEnum(this.grids, "size", GridSize.class);
		checkEnum(this.laws, "kind", LawKind.class);
		checkEnum(this.cases, "kind", CaseKind.class);
		checkEnum(this.cases, "status", CaseStatus.class);
		this.representatives.forEach((row) -> values(row.get("levels"))
			.forEach((level) -> checkValue(row, "levels", level, CongressLevel.class)));
		stages().forEach((stage) -> checkValue(stage, "stage", String.valueOf(stage.get("stage")), CaseStage.class));
		statements();
		if (!this.problems.isEmpty()) {
			throw new IllegalStateException("Demo data has errors:\n" + String.join("\n", this.problems));
		}
	}

	List<Statement> statements() {
		List<Statement> statements = new ArrayList<>();
		statements.add(nodes("Region", this.regions, "parent"));
		statements.add(nodes("Station", this.stations, "region"));
		statements.add(nodes("Grid", this.grids, "region", "parent", "coveredBy"));
		statements.add(nodes("Representative", this.representatives, "electedFrom", "stations", "grids"));
		statements.add(nodes("Law", this.laws));
		statements.add(nodes("Consultation", this.consultations, "contactPoint", "law"));
		statements.add(nodes("Agency", this.agencies, "region"));
		statements.add(nodes("Case", this.cases, "region", "raisedBy", "collectedAt", "grid", "concerns",
				"consultation", "handledBy", "timeline"));
		statements.add(link(this.regions, "parent", "Region", "WITHIN", "Region", this.regions));
		statements.add(link(this.stations, "region", "Station", "LOCATED_IN", "Region", this.regions));
		statements.add(link(this.grids, "region", "Grid", "WITHIN", "Region", this.regions));
		statements.add(link(this.grids, "parent", "Grid", "PART_OF", "Grid", this.grids));
		statements.add(linkReversed(this.grids, "coveredBy", "Grid", "COVERS", "Station", this.stations));
		statements
			.add(link(this.representatives, "electedFrom", "Representative", "ELECTED_FROM", "Region", this.regions));
		statements.add(representativeLinks("stations", "station", "STATIONED_AT", "Station", this.stations));
		statements.add(representativeLinks("grids", "grid", "SERVES_IN", "Grid", this.grids));
		statements.add(link(this.consultations, "contactPoint", "Consultation", "HELD_BY", "Station", this.stations));
		statements.add(link(this.consultations, "law", "Consultation", "ON", "Law", this.laws));
		statements.add(link(this.cases, "region", "Case", "LOCATED_IN", "Region", this.regions));
		statements.add(linkReversed(this.cases, "raisedBy", "Case", "RAISED", "Representative", this.representatives));
		statements.add(link(this.cases, "collectedAt", "Case", "COLLECTED_AT", "Station", this.stations));
		statements.add(link(this.cases, "grid", "Case", "IN_GRID", "Grid", this.grids));
		statements.add(link(this.cases, "concerns", "Case", "CONCERNS", "Law", this.laws));
		statements.add(link(this.cases, "consultation", "Case", "PART_OF", "Consultation", this.consultations));
		statements.add(link(this.agencies, "region", "Agency", "LOCATED_IN", "Region", this.regions));
		statements.add(link(this.cases, "handledBy", "Case", "HANDLED_BY", "Agency", this.agencies));
		statements.add(nodes("LivelihoodProject", this.projects, "region", "items"));
		statements.add(link(this.projects, "region", "LivelihoodProject", "DECIDED_IN", "Region", this.regions));
		statements.add(new Statement("""
				UNWIND $rows AS row
				MATCH (p:LivelihoodProject {id: row.projectId})
				MERGE (i:ProjectItem {projectId: row.projectId, seq: row.seq})
				MERGE (p)-[:HAS_ITEM]->(i)
				WITH i, row WHERE i.demoChecksum IS NULL OR i.demoChecksum <> row.checksum
				SET i += row.props, i.demoChecksum = row.checksum""", entries(projectItems(), "projectId")));
		statements.add(new Statement("""
				UNWIND $rows AS row
				MATCH (c:Case {id: row.caseId})
				MERGE (s:Stage {caseId: row.caseId, seq: row.seq})
				MERGE (c)-[:HAS_STAGE]->(s)
				WITH s, row WHERE s.demoChecksum IS NULL OR s.demoChecksum <> row.checksum
				SET s += row.props, s.demoChecksum = row.checksum""", stageParameters()));
		return statements;
	}

	private static Statement nodes(String label, List<Map<String, Object>> rows, String... linkFields) {
		return new Statement("""
				UNWIND $rows AS row
				MERGE (n:%s {id: row.id})
				WITH n, row WHERE n.demoChecksum IS NULL OR n.demoChecksum <> row.checksum
				SET n += row.props, n.demoChecksum = row.checksum""".formatted(label),
				DemoRows.toParameters(rows, new HashSet<>(Arrays.asList(linkFields))));
	}

	/** {@code (row)-[type]->(target)} for every id the row's field names. */
	private Statement link(List<Map<String, Object>> rows, String field, String label, String type, String targetLabel,
			List<Map<String, Object>> targets) {
		return new Statement("""
				UNWIND $rows AS row
				MATCH (a:%s {id: row.from}) MATCH (b:%s {id: row.to})
				MERGE (a)-[:%s]->(b)""".formatted(label, targetLabel, type), pairs(rows, field, targets, false));
	}

	/** {@code (target)-[type]->(row)} for every id the row's field names. */
	private Statement linkReversed(List<Map<String, Object>> rows, String field, String label, String type,
			String sourceLabel, List<Map<String, Object>> sources) {
		return new Statement("""
				UNWIND $rows AS row
				MATCH (a:%s {id: row.from}) MATCH (b:%s {id: row.to})
				MERGE (a)-[:%s]->(b)""".formatted(sourceLabel, label, type), pairs(rows, field, sources, true));
	}

	private List<Map<String, Object>> pairs(List<Map<String, Object>> rows, String field,
			List<Map<String, Object>> targets, boolean reversed) {
		Set<Object> known = ids(targets);
		List<Map<String, Object>> pairs = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			for (String target : values(row.get(field))) {
				if (!known.contains(target)) {
					this.problems.add(row.get("id") + "." + field + ": unknown '" + target + "'");
				}
				pairs.add(reversed ? Map.of("from", target, "to", row.get("id"))
						: Map.of("from", row.get("id"), "to", target));
			}
		}
		return pairs;
	}

	/**
	 * Links from each representative to the records a list field names, e.g.
	 * {@code "stations": [{"station": "st-1", "role": "RECEPTION"}]}; the entries' other
	 * fields become relationship properties.
	 */
	@SuppressWarnings("unchecked")
	private Statement representativeLinks(String listField, String targetField, String type, String targetLabel,
			List<Map<String, Object>> targets) {
		Set<Object> known = ids(targets);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> representative : this.representatives) {
			for (Object entry : (List<Object>) representative.getOrDefault(listField, List.of())) {
				Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) entry);
				Object target = props.remove(targetField);
				if (!known.contains(target)) {
					this.problems.add(representative.get("id") + "." + listField + ": unknown '" + target + "'");
				}
				rows.add(Map.of("from", representative.get("id"), "to", target, "props", props));
			}
		}
		return new Statement("""
				UNWIND $rows AS row
				MATCH (a:Representative {id: row.from}) MATCH (b:%s {id: row.to})
				MERGE (a)-[r:%s]->(b)
				ON CREATE SET r += row.props""".formatted(targetLabel, type), rows);
	}

	/** Timeline entries, numbered in file order. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> stages() {
		List<Map<String, Object>> stages = new ArrayList<>();
		for (Map<String, Object> kase : this.cases) {
			List<Object> timeline = (List<Object>) kase.getOrDefault("timeline", List.of());
			for (int i = 0; i < timeline.size(); i++) {
				Map<String, Object> stage = new LinkedHashMap<>((Map<String, Object>) timeline.get(i));
				stage.put("id", kase.get("id") + "#" + (i + 1));
				stage.put("caseId", kase.get("id"));
				stage.put("seq", i + 1);
				stages.add(stage);
			}
		}
		return stages;
	}

	/** Sub-items of the livelihood projects, numbered in file order. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> projectItems() {
		List<Map<String, Object>> items = new ArrayList<>();
		for (Map<String, Object> project : this.projects) {
			List<Object> entries = (List<Object>) project.getOrDefault("items", List.of());
			for (int i = 0; i < entries.size(); i++) {
				Map<String, Object> item = new LinkedHashMap<>((Map<String, Object>) entries.get(i));
				item.put("id", project.get("id") + "#" + (i + 1));
				item.put("projectId", project.get("id"));
				item.put("seq", i + 1);
				items.add(item);
			}
		}
		return items;
	}

	private List<Map<String, Object>> stageParameters() {
		return entries(stages(), "caseId");
	}

	/**
	 * Rows of numbered entries of a record (a case's stages, a project's items): their
	 * properties without the row id, keyed by the owner's id and the number.
	 */
	private static List<Map<String, Object>> entries(List<Map<String, Object>> rows, String owner) {
		return DemoRows.toParameters(rows, Set.of(owner, "seq")).stream().map((row) -> {
			Map<String, Object> parameter = new LinkedHashMap<>(row);
			@SuppressWarnings("unchecked")
			Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) row.get("props"));
			props.remove("id");
			props.remove("synthetic");
			parameter.put("props", props);
			return parameter;
		}).toList();
	}

	private <E extends Enum<E>> void checkEnum(List<Map<String, Object>> rows, String field, Class<E> type) {
		rows.forEach((row) -> checkValue(row, field, String.valueOf(row.get(field)), type));
	}

	private <E extends Enum<E>> void checkValue(Map<String, Object> row, String field, String value, Class<E> type) {
		try {
			Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(row.get("id") + "." + field + ": '" + value + "' is not a " + type.getSimpleName());
		}
	}

	private static Set<Object> ids(List<Map<String, Object>> rows) {
		return rows.stream().map((row) -> row.get("id")).collect(Collectors.toSet());
	}

	@SuppressWarnings("unchecked")
	private static List<String> values(Object field) {
		if (field == null) {
			return List.of();
		}
		if (field instanceof List<?> list) {
			return ((List<Object>) list).stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(field));
	}

	/**
	 * One Cypher statement and its rows.
	 *
	 * @param cypher the statement, reading {@code $rows}
	 * @param rows its parameter
	 */
	record Statement(String cypher, List<Map<String, Object>> rows) {
	}

}
