package org.grassroots.graph.generator;

import java.time.LocalDate;
import java.util.List;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.representative.DutyCompliances;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphGeneratorIT extends Neo4jIntegrationTest {

	private static final long SEED = 7;

	@Autowired
	GraphGenerator generator;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DutyCompliances compliances;

	GraphGenerator.Counts counts;

	@BeforeAll
	void generateSmall() {
		this.counts = this.generator.generate(Preset.SMALL, SEED);
	}

	@Test
	void theSmallPresetWritesWhatItPromises() {
		Preset small = Preset.SMALL;
		assertThat(count("MATCH (r:Region {source: 'generator'}) RETURN count(r)")).isEqualTo(this.counts.of("regions"))
			.isEqualTo(1 + 1 + 2 + small.towns() + small.villages());
		assertThat(count("MATCH (s:Station {source: 'generator'}) RETURN count(s)")).isEqualTo(small.stations());
		assertThat(count("MATCH (r:Representative {source: 'generator'}) RETURN count(r)")).isEqualTo(small.deputies());
		assertThat(count("MATCH (c:Case {source: 'generator'}) RETURN count(c)")).isEqualTo(small.cases());
		assertThat(count("MATCH (g:Grid {source: 'generator'}) RETURN count(g)"))
			.isEqualTo(small.villages() * (1 + small.smallGridsPerVillage()));
		assertThat(count("MATCH (:Representative {source: 'generator'})-[:MADE]->(v:DutyVisit) RETURN count(v)"))
			.isEqualTo((long) small.deputies() * small.visitsPerDeputy());
	}

	@Test
	void everyGeneratedCaseSitsInAVillageWithAStationADeputyAndATimeline() {
		assertThat(count("""
				MATCH (c:Case {source: 'generator'})
				WHERE NOT EXISTS { (c)-[:LOCATED_IN]->(:Region {level: 'VILLAGE'}) }
				   OR NOT EXISTS { (c)-[:COLLECTED_AT]->(:Station) }
				   OR NOT EXISTS { (:Representative)-[:RAISED]->(c) }
				   OR NOT EXISTS { (c)-[:HAS_STAGE]->(:Stage {seq: 1, stage: 'REPORTED'}) }
				RETURN count(c)""")).isZero();
	}

	@Test
	void everyVillageHangsOffTheProvinceThroughTheWholeHierarchy() {
		assertThat(count("""
				MATCH (v:Region {level: 'VILLAGE', source: 'generator'})
				WHERE NOT EXISTS { (v)-[:WITHIN]->(:Region {level: 'TOWN'})-[:WITHIN]->(:Region {level: 'DISTRICT'})
				                   -[:WITHIN]->(:Region {level: 'CITY'})-[:WITHIN]->(:Region {level: 'PROVINCE'}) }
				RETURN count(v)""")).isZero();
	}

	@Test
	void theSameSeedGivesTheSameGraph() {
		var plan = new GraphPlan(Preset.SMALL, SEED);
		var again = new GraphPlan(Preset.SMALL, SEED);
		var other = new GraphPlan(Preset.SMALL, SEED + 1);

		assertThat(again.kase(123)).isEqualTo(plan.kase(123));
		assertThat(again.deputy(45)).isEqualTo(plan.deputy(45));
		assertThat(other.kase(123)).isNotEqualTo(plan.kase(123));
		assertThat(title("g-case123")).isEqualTo(((java.util.Map<?, ?>) plan.kase(123).get("props")).get("title"));
	}

	@Test
	void generatingTheSamePresetAndSeedAgainWritesNothing() {
		long nodes = count("MATCH (n) RETURN count(n)");

		assertThat(this.generator.generate(Preset.SMALL, SEED).byKind()).isEmpty();
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
	}

	@Test
	void complianceIsComputableForGeneratedStations() {
		var station = this.compliances.ofStation("g-s0", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1));

		assertThat(station.deputies()).isNotEmpty();
		assertThat(station.rate()).isBetween(0.0, 1.0);
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private String title(String caseId) {
		List<String> titles = List.copyOf(this.neo4j.query("MATCH (c:Case {id: $id}) RETURN c.title")
			.bind(caseId)
			.to("id")
			.fetchAs(String.class)
			.all());
		return titles.getFirst();
	}

}
