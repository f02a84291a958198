package org.grassroots.graph.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes a synthetic grassroots graph of a preset's size through batched Cypher. The same
 * preset and seed give the same graph: every record draws from its own random stream,
 * keyed by seed and position. All records are marked {@code synthetic} and carry ids
 * starting {@code g-}; a graph is generated once per preset and seed.
 */
@Component
public class GraphGenerator {

	static final int BATCH = 10_000;

	private static final Logger logger = LoggerFactory.getLogger(GraphGenerator.class);

	private static final LocalDate PERIOD_START = LocalDate.of(2025, 7, 1);

	private static final int PERIOD_DAYS = 365;

	private final Neo4jClient neo4j;

	/**
	 * The generator relies on the constraints' indexes for its lookups: it is called once
	 * the context has started, after the migrations ({@code StartupOrder}).
	 */
	GraphGenerator(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Generates the graph unless this preset and seed were generated before.
	 * @return what was written, or empty counts when it already existed
	 */
	public Counts generate(Preset preset, long seed) {
		if (this.neo4j.query("MATCH (g:GeneratedGraph {preset: $preset, seed: $seed}) RETURN count(g) > 0")
			.bindAll(Map.of("preset", preset.name(), "seed", seed))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false)) {
			logger.info("Graph '{}' with seed {} exists already", preset.name(), seed);
			return new Counts(Map.of());
		}
		var plan = new GraphPlan(preset, seed);
		Map<String, Long> counts = new HashMap<>();
		counts.put("regions", write("regions", plan.regionCount(), plan::region, REGIONS));
		counts.put("stations", write("stations", preset.stations(), plan::station, STATIONS));
		counts.put("grids",
				write("grids", plan.villageCount(), plan::grids, GRIDS) * (1 + preset.smallGridsPerVillage()));
		counts.put("laws", write("laws", preset.laws(), plan::law, LAWS));
		counts.put("deputies", write("deputies", preset.deputies(), plan::deputy, DEPUTIES));
		counts.put("visits", write("visits", preset.deputies(), plan::visits, VISITS) * preset.visitsPerDeputy());
		counts.put("cases", write("cases", preset.cases(), plan::kase, CASES));
		this.neo4j.query("CREATE (:GeneratedGraph {preset: $preset, seed: $seed, at: datetime()})")
			.bindAll(Map.of("preset", preset.name(), "seed", seed))
			.run();
		return new Counts(counts);
	}

	private long write(String what, long total, LongFunction<Map<String, Object>> row, String cypher) {
		long started = System.nanoTime();
		List<Map<String, Object>> batch = new ArrayList<>(BATCH);
		for (long i = 0; i < total; i++) {
			batch.add(row.apply(i));
			if (batch.size() == BATCH || i == total - 1) {
				this.neo4j.query(cypher).bind(batch).to("rows").run();
				batch = new ArrayList<>(BATCH);
				progress(what, i + 1, total, started);
			}
		}
		return total;
	}

	private static void progress(String what, long done, long total, long started) {
		if (done % (BATCH * 10L) != 0 && done != total) {
			return;
		}
		double seconds = Math.max(Duration.ofNanos(System.nanoTime() - started).toMillis(), 1) / 1000.0;
		logger.info("{}: {}/{} ({}%), {} per second", what, done, total, done * 100 / total,
				Math.round(done / seconds));
	}

	/**
	 * What a generation wrote.
	 *
	 * @param byKind records per kind
	 */
	public record Counts(Map<String, Long> byKind) {

		public Counts {
			byKind = Map.copyOf(byKind);
		}

		public long of(String kind) {
			return this.byKind.getOrDefault(kind, 0L);
		}

	}

	private static final String REGIONS = """
			UNWIND $rows AS row
			CREATE (r:Region) SET r = row.props
			WITH r, row WHERE row.parent IS NOT NULL
			MATCH (p:Region {id: row.parent})
			CREATE (r)-[:WITHIN]->(p)""";

	private static final String STATIONS = """
			UNWIND $rows AS row
			MATCH (r:Region {id: row.region})
			CREATE (s:Station) SET s = row.props
			CREATE (s)-[:LOCATED_IN]->(r)""";

	private static final String GRIDS = """
			UNWIND $rows AS row
			MATCH (v:Region {id: row.village})
			MATCH (s:Station {id: row.station})
			CREATE (g:Grid {id: row.id, name: row.name, size: 'LARGE', synthetic: true, source: 'generator'})
			CREATE (g)-[:WITHIN]->(v), (s)-[:COVERS]->(g)
			WITH g, row
			UNWIND row.small AS small
			CREATE (x:Grid {id: small.id, name: small.name, size: 'SMALL', synthetic: true, source: 'generator'})
			CREATE (x)-[:PART_OF]->(g)""";

	private static final String LAWS = """
			UNWIND $rows AS row
			CREATE (l:Law) SET l = row.props
			WITH l, row WHERE row.consultation IS NOT NULL
			MATCH (s:Station {id: row.consultation.station})
			CREATE (c:Consultation) SET c = row.consultation.props
			CREATE (c)-[:ON]->(l), (c)-[:HELD_BY]->(s)""";

	private static final String DEPUTIES = """
			UNWIND $rows AS row
			MATCH (s:Station {id: row.station})
			MATCH (e:Region {id: row.electedFrom})
			MATCH (g:Grid {id: row.grid})
			CREATE (r:Representative) SET r = row.props
			CREATE (r)-[:STATIONED_AT {since: row.since}]->(s), (r)-[:ELECTED_FROM]->(e),
			       (r)-[:SERVES_IN {since: row.since}]->(g)""";

	private static final String VISITS = """
			UNWIND $rows AS row
			MATCH (r:Representative {id: row.deputy})
			MATCH (s:Station {id: row.station})
			MATCH (g:Grid {id: row.grid})
			CALL (r, s, row) {
			  UNWIND row.receptions AS visit
			  CREATE (r)-[:MADE]->(:DutyVisit {id: visit.id, on: visit.on, kind: 'STATION_RECEPTION'})-[:AT]->(s)
			}
			CALL (r, g, row) {
			  UNWIND row.services AS visit
			  CREATE (r)-[:MADE]->(:DutyVisit {id: visit.id, on: visit.on, kind: 'GRID_SERVICE'})-[:AT]->(g)
			}""";

	private static final String CASES = """
			UNWIND $rows AS row
			MATCH (v:Region {id: row.village})
			MATCH (s:Station {id: row.station})
			MATCH (g:Grid {id: row.grid})
			CREATE (c:Case) SET c = row.props
			CREATE (c)-[:LOCATED_IN]->(v), (c)-[:COLLECTED_AT]->(s), (c)-[:IN_GRID]->(g)
			WITH c, row
			CALL (c, row) {
			  UNWIND row.deputies AS deputy
			  MATCH (r:Representative {id: deputy})
			  CREATE (r)-[:RAISED]->(c)
			}
			CALL (c, row) {
			  UNWIND row.stages AS stage
			  CREATE (c)-[:HAS_STAGE]->(:Stage {caseId: c.id, seq: stage.seq, stage: stage.stage, on: stage.on})
			}
			CALL (c, row) {
			  UNWIND row.laws AS law
			  MATCH (l:Law {id: law})
			  CREATE (c)-[:CONCERNS]->(l)
			}""";

	static LocalDate day(SplittableRandom random) {
		return PERIOD_START.plusDays(random.nextInt(PERIOD_DAYS));
	}

}
