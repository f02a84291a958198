package org.grassroots.api.compiled;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.read.ReadPlan.Path;
import org.grassroots.graph.read.ReadPlan.Step;
import org.jspecify.annotations.Nullable;

/**
 * The types a composed read may answer, each field with where it lives in the graph: the
 * same properties, paths and orders the repositories read. A field that is not here
 * (staff-only fields, computed ones, cursors) sends the whole root field the usual way.
 */
final class ReadTypes {

	private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	private static final Step IN_REGION = new Step("WITHIN", false, 0, null, "Region");

	static final Map<String, Type> TYPES = Map.of("Representative",
			new Type("Representative",
					Map.of("key", property("id"), "name", property("name"), "levels", property("levels"), "sector",
							property("sector"), "profile", property("profile")),
					Map.of("stations", new Relation(Kind.ALL, "Station", Path.of(Step.out("STATIONED_AT", "Station"))),
							"cases", new Relation(Kind.PAGE, "Case", Path.of(Step.out("RAISED", "Case")))),
					Map.of("KEY", property("id"), "NAME", property("name"))),
			"Station",
			new Type("Station",
					Map.of("key", property("id"), "name", property("name"), "kind", property("kind"), "designations",
							new Field("designations", List.of()), "openedOn", property("openedOn")),
					Map.of("representatives",
							new Relation(Kind.PAGE, "Representative",
									Path.of(Step.in("STATIONED_AT", "Representative"))),
							"cases", new Relation(Kind.PAGE, "Case", Path.of(Step.in("COLLECTED_AT", "Case"))), "grids",
							new Relation(Kind.PAGE, "Grid",
									Path.of(Step.out("COVERS", "Grid"), new Step("PART_OF", false, 0, 1, "Grid")))),
					Map.of("KEY", property("id"), "NAME", property("name"), "OPENED_ON",
							new Field("openedOn", EARLIEST))),
			"Region",
			new Type("Region",
					Map.of("key", property("id"), "name", property("name"), "level", property("level"), "kind",
							new Field("kind", ""), "code", property("code")),
					Map.of("parent", new Relation(Kind.SINGLE, "Region", Path.of(Step.out("WITHIN", "Region"))),
							"children", new Relation(Kind.PAGE, "Region", Path.of(Step.in("WITHIN", "Region"))),
							"grids",
							new Relation(Kind.PAGE, "Grid",
									Path.of(IN_REGION, Step.in("WITHIN", "Grid"),
											new Step("PART_OF", false, 0, 1, "Grid"))),
							"stations",
							new Relation(Kind.PAGE, "Station", Path.of(IN_REGION, Step.in("LOCATED_IN", "Station"))),
							"cases",
							new Relation(Kind.PAGE, "Case", Path.of(IN_REGION, Step.in("LOCATED_IN", "Case")))),
					Map.of("KEY", property("id"), "NAME", property("name"), "CODE", new Field("code", ""))),
			"Case",
			new Type("Case",
					Map.of("key", property("id"), "title", property("title"), "kind", property("kind"), "status",
							new Field("status", "RECEIVED"), "place", property("place"), "raisedOn",
							property("raisedOn"), "completedOn", property("completedOn"), "fundingYuan",
							property("fundingYuan"), "beneficiaries", property("beneficiaries")),
					Map.of("region", new Relation(Kind.SINGLE, "Region", Path.of(Step.out("LOCATED_IN", "Region"))),
							"station",
							new Relation(Kind.SINGLE, "Station", Path.of(Step.out("COLLECTED_AT", "Station")))),
					Map.of("KEY", property("id"), "TITLE", property("title"), "RAISED_ON",
							new Field("raisedOn", EARLIEST), "COMPLETED_ON", new Field("completedOn", EARLIEST),
							"FUNDING", new Field("fundingYuan", 0), "BENEFICIARIES", new Field("beneficiaries", 0))),
			"Grid", new Type("Grid", Map.of("key", property("id"), "name", property("name"), "size", property("size")),
					Map.of(), Map.of("KEY", property("id"), "NAME", property("name"))));

	private ReadTypes() {
	}

	private static Field property(String property) {
		return new Field(property, null);
	}

	/**
	 * @param label the node label
	 * @param fields scalar fields by name
	 * @param relations fields reaching other nodes, by name
	 * @param sorts the list order's fields, by their enum name
	 */
	record Type(String label, Map<String, Field> fields, Map<String, Relation> relations, Map<String, Field> sorts) {
	}

	/**
	 * @param absent what stands for a missing property, null for nothing
	 */
	record Field(String property, @Nullable Object absent) {
	}

	/**
	 * @param target the GraphQL type reached
	 */
	record Relation(Kind kind, String target, Path path) {
	}

	enum Kind {

		/** The first node reached, or null. */
		SINGLE,

		/** Every node reached, in key order. */
		ALL,

		/** A connection: a page of the nodes reached and their count. */
		PAGE

	}

}
