package org.grassroots;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.grassroots.api.compiled.ComposedReadsWiring;
import org.grassroots.api.paging.GlobalId;
import org.grassroots.bench.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Composed reads answer exactly what the loaders answer over a graph: the benchmark's
 * node pages for every deputy, station and region, its case list for every region and its
 * next page, and a few hundred generated selections, filters, orders and page sizes of
 * node pages and root lists, compared both ways. A subclass says which graph.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ComposedReadsDifferential extends ApiIntegrationTest {

	@Autowired
	ExecutionGraphQlService graphQl;

	@Autowired
	StatementCounter counter;

	@Autowired
	FieldCounter fields;

	@Autowired
	Neo4jClient neo4j;

	final Map<String, List<String>> ids = new HashMap<>();

	/**
	 * Writes the graph compared, where it is not there yet.
	 */
	abstract void prepareTheGraph();

	/**
	 * @return how the keys of the graph compared begin
	 */
	abstract String keyPrefix();

	@BeforeAll
	void everyNodeOfTheGraph() {
		prepareTheGraph();
		for (String type : List.of("Representative", "Station", "Region")) {
			this.ids.put(type, keys(type).stream().map((key) -> GlobalId.of(type, key)).toList());
		}
	}

	@Test
	void theBenchmarksNodePagesAnswerTheSameAsTheLoadersForEveryNode() {
		int compared = 0;
		for (Map.Entry<String, String> page : Map
			.of("Station", Pages.STATION, "Representative", Pages.DEPUTY, "Region", Pages.VILLAGE)
			.entrySet()) {
			for (String id : this.ids.get(page.getKey())) {
				compared += sameBothWays(page.getValue(), id) ? 1 : 0;
			}
		}
		assertThat(compared).as("pages with data").isGreaterThan(50);
	}

	@Test
	void generatedSelectionsAnswerTheSameBothWays() {
		Random random = new Random(20261201);
		int composed = 0;
		for (int n = 0; n < 300; n++) {
			String type = List.of("Representative", "Station", "Region").get(random.nextInt(3));
			List<String> candidates = this.ids.get(type);
			String id = candidates.get(random.nextInt(candidates.size()));
			String document = "query($id: ID!) { node(id: $id) { id __typename ... on " + type + " { "
					+ Selections.of(type, random, 2) + " } } }";
			sameBothWays(document, id);
			this.counter.reset();
			execute(document, id, false);
			composed += (this.counter.statements() == 1) ? 1 : 0;
		}
		// The rest ask for cursors, page info or sizes out of bounds, and take the
		// loaders' way
		assertThat(composed).as("selections read in one statement").isGreaterThan(100);
	}

	@Test
	void theBenchmarksCaseListAnswersTheSameBothWaysInOneStatementForEveryRegionAndItsNextPage() {
		int pages = 0;
		for (String district : keys("Region")) {
			Map<String, Object> variables = new HashMap<>(
					Map.of("district", district, "from", "2020-01-01", "to", "2026-12-31"));
			for (int page = 0; page < 2; page++) {
				Map<String, Object> composed = sameBothWays(Pages.CASE_LIST, variables);
				Map<String, Object> cases = at(composed, "data", "cases");
				assertThat(composedStatements(Pages.CASE_LIST, variables)).as("page %s of %s", page, district)
					.isEqualTo(1);
				assertThat(this.fields.fields()).as("fields executed one by one").isZero();
				pages += ((List<?>) cases.get("edges")).isEmpty() ? 0 : 1;
				variables.put("after", at(cases, "pageInfo").get("endCursor"));
			}
		}
		assertThat(pages).as("pages with cases").isGreaterThan(2);
	}

	@Test
	void generatedCaseListsAnswerTheSameBothWaysAndOnTheirNextPages() {
		Random random = new Random(20261202);
		Map<String, List<String>> keys = Map.of("regionKey", keys("Region"), "stationKey", keys("Station"),
				"raisedByKey", keys("Representative"));
		int composed = 0;
		int nextPages = 0;
		for (int n = 0; n < 150; n++) {
			boolean backward = random.nextInt(5) == 0;
			String document = "query($cursor: String) { cases(" + (backward ? "last" : "first") + ": "
					+ (1 + random.nextInt(8)) + ", " + (backward ? "before" : "after") + ": $cursor"
					+ CaseLists.order(random) + CaseLists.filter(random, keys) + ") { " + CaseLists.selection(random)
					+ " } }";
			Map<String, Object> variables = new HashMap<>();
			variables.put("cursor", null);
			Map<String, Object> first = sameBothWays(document, variables);
			composed += (composedStatements(document, variables) == 1) ? 1 : 0;
			Object cursor = (at(first, "data", "cases").get("pageInfo") instanceof Map<?, ?> info)
					? info.get(backward ? "startCursor" : "endCursor") : null;
			if (cursor != null) {
				variables.put("cursor", cursor);
				sameBothWays(document, variables);
				nextPages++;
			}
		}
		assertThat(composed).as("lists read in one statement").isGreaterThan(100);
		assertThat(nextPages).as("next pages compared").isGreaterThan(30);
	}

	@Test
	void generatedRootListsOfStationsDeputiesGridsAndRegionsAnswerTheSameBothWays() {
		Random random = new Random(20261203);
		List<String> regions = keys("Region");
		List<String> stations = keys("Station");
		List<String> grids = keys("Grid");
		Map<String, String> types = Map.of("stations", "Station", "representatives", "Representative", "grids", "Grid",
				"regions", "Region");
		int composed = 0;
		for (int n = 0; n < 100; n++) {
			String field = pick(random, List.copyOf(new java.util.TreeSet<>(types.keySet())));
			String type = types.get(field);
			List<String> offered = switch (field) {
				case "stations" ->
					List.of("kind: " + pick(random, "CENTER", "VILLAGE", "COMMUNITY", "LEGISLATIVE_CONTACT_POINT"),
							"withinKey: \"" + pick(random, regions) + "\"", "nameContains: \"联络\"",
							"coversGridKey: \"" + pick(random, grids) + "\"");
				case "representatives" ->
					List.of("level: " + pick(random, "NATIONAL", "PROVINCIAL", "CITY", "COUNTY", "TOWNSHIP"),
							"withinKey: \"" + pick(random, regions) + "\"", "nameContains: \"梁\"",
							"stationKey: \"" + pick(random, stations) + "\"");
				case "grids" ->
					List.of("size: " + pick(random, "LARGE", "SMALL"), "withinKey: \"" + pick(random, regions) + "\"",
							"coveredByStationKey: \"" + pick(random, stations) + "\"", "nameContains: \"网格\"");
				default -> List.of("level: " + pick(random, "CITY", "DISTRICT", "TOWN", "VILLAGE"),
						"withinKey: \"" + pick(random, regions) + "\"", "nameContains: \"村\"");
			};
			List<String> parts = new ArrayList<>();
			for (String part : offered) {
				if (random.nextInt(4) == 0) {
					parts.add(part);
				}
			}
			List<String> orders = Selections.ORDERS.get(type);
			String document = "query($cursor: String) { " + field + "(first: " + (1 + random.nextInt(8))
					+ ", after: $cursor, orderBy: {field: " + pick(random, orders) + ", direction: "
					+ pick(random, "ASC", "DESC") + "}"
					+ (parts.isEmpty() ? "" : ", filter: {" + String.join(", ", parts) + "}")
					+ ") { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { "
					+ Selections.of(type, random, 1) + " } } } }";
			Map<String, Object> variables = new HashMap<>();
			variables.put("cursor", null);
			Map<String, Object> first = sameBothWays(document, variables);
			composed += (composedStatements(document, variables) == 1) ? 1 : 0;
			assertThat(first.get("data")).as("%s: %s", document, errors(first)).isInstanceOf(Map.class);
			variables.put("cursor", at(first, "data", field, "pageInfo").get("endCursor"));
			sameBothWays(document, variables);
		}
		assertThat(composed).as("lists read in one statement").isGreaterThan(60);
	}

	private static String pick(Random random, String... values) {
		return values[random.nextInt(values.length)];
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	int composedStatements(String document, Map<String, Object> variables) {
		this.counter.reset();
		this.fields.reset();
		execute(document, variables, false);
		return this.counter.statements();
	}

	/**
	 * @return the keys of the graph compared with this label, in order
	 */
	List<String> keys(String label) {
		return List.copyOf(
				this.neo4j.query("MATCH (n:" + label + ") WHERE n.id STARTS WITH $prefix RETURN n.id AS id ORDER BY id")
					.bind(keyPrefix())
					.to("prefix")
					.fetchAs(String.class)
					.all());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> at(Map<String, Object> answer, String... path) {
		Map<String, Object> at = answer;
		for (String key : path) {
			at = (Map<String, Object>) at.get(key);
		}
		return at;
	}

	/** The answer the composed way, after checking it is the loaders' answer. */
	Map<String, Object> sameBothWays(String document, Map<String, Object> variables) {
		Map<String, Object> loaders = execute(document, variables, true);
		Map<String, Object> composed = execute(document, variables, false);
		assertThat(String.valueOf(composed.get("data"))).as("%s with %s", document, variables)
			.isEqualTo(String.valueOf(loaders.get("data")));
		assertThat(errors(composed)).as("%s with %s", document, variables)
			.containsExactlyInAnyOrderElementsOf(errors(loaders));
		assertClassified(errors(composed));
		return composed;
	}

	/** Random root case lists: filters, orders and selections. */
	private static final class CaseLists {

		static String order(Random random) {
			if (random.nextInt(4) == 0) {
				return "";
			}
			List<String> orders = Selections.ORDERS.get("Case");
			return ", orderBy: {field: " + orders.get(random.nextInt(orders.size())) + ", direction: "
					+ (random.nextBoolean() ? "DESC" : "ASC") + "}";
		}

		static String filter(Random random, Map<String, List<String>> keys) {
			List<String> parts = new ArrayList<>();
			if (random.nextInt(4) == 0) {
				parts.add(
						"kinds: [" + List
							.of("MICRO_PROJECT", "DEPUTY_SUGGESTION", "DRAFT_LAW_OPINION", "VOTED_LIVELIHOOD_PROJECT",
									"SUPERVISION")
							.get(random.nextInt(5)) + "]");
			}
			if (random.nextInt(4) == 0) {
				parts.add("statuses: [COMPLETED, "
						+ List.of("RECEIVED", "IN_PROGRESS", "SUBMITTED", "CLOSED").get(random.nextInt(4)) + "]");
			}
			if (random.nextInt(5) == 0) {
				int year = 2018 + random.nextInt(9);
				parts.add("raisedFrom: \"" + year + "-01-01\", raisedTo: \"" + (year + random.nextInt(3)) + "-06-30\"");
			}
			if (random.nextInt(6) == 0) {
				parts.add("titleContains: \"" + List.of("路", "村", "灯", "改造").get(random.nextInt(4)) + "\"");
			}
			for (Map.Entry<String, List<String>> key : keys.entrySet()) {
				if (random.nextInt(5) == 0) {
					parts.add(key.getKey() + ": \"" + key.getValue().get(random.nextInt(key.getValue().size())) + "\"");
				}
			}
			return parts.isEmpty() ? "" : ", filter: {" + String.join(", ", parts) + "}";
		}

		static String selection(Random random) {
			StringBuilder selection = new StringBuilder();
			if (random.nextBoolean()) {
				selection.append("totalCount ");
			}
			if (random.nextBoolean()) {
				selection.append("pageInfo { hasNextPage hasPreviousPage startCursor endCursor } ");
			}
			selection.append("edges { ");
			if (random.nextInt(3) == 0) {
				selection.append("cursor ");
			}
			return selection.append("node { ").append(Selections.of("Case", random, 1)).append(" } }").toString();
		}

	}

	/**
	 * @return whether the node had data
	 */
	boolean sameBothWays(String document, String id) {
		Map<String, Object> loaders = execute(document, id, true);
		Map<String, Object> composed = execute(document, id, false);
		assertThat(String.valueOf(composed.get("data"))).as("%s for %s", document, id)
			.isEqualTo(String.valueOf(loaders.get("data")));
		// Errors of fields loaded side by side arrive in any order
		assertThat(errors(composed)).as("%s for %s", document, id).containsExactlyInAnyOrderElementsOf(errors(loaders));
		assertClassified(errors(composed));
		return loaders.get("data") instanceof Map<?, ?> data && data.get("node") != null;
	}

	/**
	 * Every error is one of the API's, with its classification: a size out of bounds, a
	 * forbidden field, a document over the complexity limit; never the engine's own
	 * wrapping of a fetcher's exception.
	 */
	private static void assertClassified(List<Object> errors) {
		assertThat(errors)
			.allSatisfy((error) -> assertThat(String.valueOf(error)).containsAnyOf("classification=BAD_REQUEST",
					"classification=FORBIDDEN", "classification=ExecutionAborted"));
	}

	static List<Object> errors(Map<String, Object> answer) {
		return (answer.get("errors") instanceof List<?> errors) ? List.copyOf(errors) : List.of();
	}

	Map<String, Object> execute(String document, String id, boolean byLoaders) {
		return execute(document, Map.of("id", id), byLoaders);
	}

	Map<String, Object> execute(String document, Map<String, Object> variables, boolean byLoaders) {
		var request = new DefaultExecutionGraphQlRequest(document, null, variables, null, UUID.randomUUID().toString(),
				Locale.ROOT);
		if (byLoaders) {
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext((context) -> context.put(ComposedReadsWiring.BY_LOADERS, true))
				.build());
		}
		return this.graphQl.execute(request).block().toMap();
	}

	/** Random selections of a type's fields, lists and connections. */
	private static final class Selections {

		private static final Map<String, List<String>> SCALARS = Map.of("Representative",
				List.of("key", "name", "levels", "sector", "profile", "id"), "Station",
				List.of("key", "name", "kind", "designations", "openedOn", "id"), "Region",
				List.of("key", "name", "level", "kind", "code", "id"), "Case", List.of("key", "title", "kind", "status",
						"place", "raisedOn", "completedOn", "fundingYuan", "beneficiaries", "id"),
				"Grid", List.of("key", "name", "size", "id"));

		/** Field, type reached, whether a connection. */
		private static final Map<String, List<String[]>> RELATIONS = Map.of("Representative",
				List.of(new String[] { "stations", "Station", "" }, new String[] { "cases", "Case", "c" }), "Station",
				List.of(new String[] { "representatives", "Representative", "c" },
						new String[] { "cases", "Case", "c" }, new String[] { "grids", "Grid", "c" }),
				"Region",
				List.of(new String[] { "parent", "Region", "" }, new String[] { "children", "Region", "c" },
						new String[] { "grids", "Grid", "c" }, new String[] { "stations", "Station", "c" },
						new String[] { "cases", "Case", "c" }),
				"Case", List.of(new String[] { "region", "Region", "" }, new String[] { "station", "Station", "" }),
				"Grid", List.of());

		private static final Map<String, List<String>> ORDERS = Map.of("Representative", List.of("KEY", "NAME"),
				"Station", List.of("KEY", "NAME", "OPENED_ON"), "Region", List.of("KEY", "NAME", "CODE"), "Case",
				List.of("KEY", "TITLE", "RAISED_ON", "COMPLETED_ON", "FUNDING", "BENEFICIARIES"), "Grid",
				List.of("KEY", "NAME"));

		static String of(String type, Random random, int depth) {
			List<String> fields = new ArrayList<>();
			for (String scalar : SCALARS.get(type)) {
				if (random.nextInt(3) > 0) {
					fields.add((random.nextInt(8) == 0) ? "alias" + fields.size() + ": " + scalar : scalar);
				}
			}
			if (fields.isEmpty()) {
				fields.add("key");
			}
			if (depth > 0) {
				for (String[] relation : RELATIONS.get(type)) {
					if (random.nextInt(3) > 0) {
						fields.add(relation(relation, random, depth - 1));
					}
				}
			}
			return String.join(" ", fields);
		}

		private static String relation(String[] relation, Random random, int depth) {
			String nested = of(relation[1], random, depth);
			if (relation[2].isEmpty()) {
				return relation[0] + " { " + nested + " }";
			}
			List<String> arguments = new ArrayList<>();
			int roll = random.nextInt(20);
			if (roll == 0) {
				arguments.add("first: 0");
			}
			else if (roll == 1) {
				arguments.add("first: 101");
			}
			else if (roll < 15) {
				arguments.add("first: " + (1 + random.nextInt(6)));
			}
			if (random.nextBoolean()) {
				List<String> orders = ORDERS.get(relation[1]);
				arguments.add("orderBy: {field: " + orders.get(random.nextInt(orders.size())) + ", direction: "
						+ (random.nextBoolean() ? "DESC" : "ASC") + "}");
			}
			StringBuilder connection = new StringBuilder(relation[0]);
			if (!arguments.isEmpty()) {
				connection.append("(").append(String.join(", ", arguments)).append(")");
			}
			connection.append(" { ");
			if (random.nextBoolean()) {
				connection.append("totalCount ");
			}
			if (random.nextInt(10) == 0) {
				connection.append("pageInfo { hasNextPage endCursor } ");
			}
			connection.append("edges { ");
			if (random.nextInt(10) == 0) {
				connection.append("cursor ");
			}
			return connection.append("node { ").append(nested).append(" } } }").toString();
		}

	}

}
