package org.grassroots.graph.demo;

import java.util.List;
import java.util.Map;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.cases.CaseKind;
import org.grassroots.graph.cases.Cases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataIT extends Neo4jIntegrationTest {

	/**
	 * Counts records from the seed files only: generated graphs may share the database.
	 */
	private static final String SEEDED = "MATCH %s WHERE %s.source STARTS WITH 'seeds/' RETURN count(*)";

	@Autowired
	DemoData demoData;

	@Autowired
	Cases cases;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void theJiangmenRegionsAreLoadedAsAHierarchy() {
		assertThat(count("MATCH (:Region {level: 'DISTRICT'})-[:WITHIN]->(:Region {name: '江门市'}) RETURN count(*)"))
			.isEqualTo(7);
		assertThat(
				count("""
						MATCH (t:Region {level: 'TOWN'})-[:WITHIN]->(:Region {level: 'DISTRICT'})-[:WITHIN]->(:Region {id: 'jm'})
						RETURN count(t)"""))
			.isEqualTo(25);
		assertThat(
				count("""
						MATCH (v:Region {level: 'VILLAGE'})-[:WITHIN*1..2]->(:Region {level: 'DISTRICT'})-[:WITHIN]->(:Region {id: 'jm'})
						RETURN count(v)"""))
			.isEqualTo(15);
		assertThat(count(
				"MATCH (v:Region {level: 'VILLAGE', synthetic: false}) WHERE v.source <> 'generator' RETURN count(v)"))
			.isEqualTo(13);
	}

	@Test
	void everyStationCaseAndDeputyIsLoadedWithItsPlace() {
		assertThat(count(SEEDED.formatted("(s:Station)-[:LOCATED_IN]->(:Region)", "s"))).isEqualTo(15);
		assertThat(count(SEEDED.formatted("(c:Case)-[:LOCATED_IN]->(:Region)", "c"))).isEqualTo(16);
		assertThat(count(SEEDED.formatted("(l:Law)", "l"))).isEqualTo(9);
		assertThat(count(SEEDED.formatted("(r:Representative)", "r"))).isEqualTo(7);
		assertThat(count("MATCH (c:Case) RETURN count(DISTINCT c.kind)")).isEqualTo(CaseKind.values().length);
	}

	@Test
	void loadingTwiceChangesNothing() {
		long nodes = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");

		assertThat(this.demoData.load().isEmpty()).isTrue();
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
	}

	@Test
	void theNancunStreetLightsKeepTheSeedFigures() {
		Map<String, Object> lights = row("""
				MATCH (c:Case {id: 'pengjiang-nancun-solar-street-lights'})-[:LOCATED_IN]->(v:Region)
				      -[:WITHIN]->(t:Region)-[:WITHIN]->(d:Region)
				MATCH (c)-[:COLLECTED_AT]->(s:Station)
				RETURN c.quantityValue AS lamps, c.beneficiaries AS households, c.durationDays AS days,
				       v.name + '/' + t.name + '/' + d.name AS place, s.name AS station,
				       COUNT { (:Representative)-[:RAISED]->(c) } AS raisedBy""");

		assertThat(lights).containsEntry("lamps", 22L)
			.containsEntry("households", 120L)
			.containsEntry("days", 30L)
			.containsEntry("place", "南村村/荷塘镇/蓬江区")
			.containsEntry("raisedBy", 3L);
		assertThat(this.cases.findById("pengjiang-nancun-solar-street-lights").orElseThrow().kind())
			.isEqualTo(CaseKind.MICRO_PROJECT);
	}

	@Test
	void theJianghaiContactPointKeepsItsConsultationRecord() {
		assertThat(row("""
				MATCH (s:Station {id: 'st-jianghai-legislative'})
				RETURN s.consultationRecordTasks AS tasks, s.consultationRecordOpinionsSubmitted AS submitted,
				       s.consultationRecordOpinionsAdopted AS adopted, toString(s.openedOn) AS opened,
				       s.openedOnPrecision AS precision""")).containsEntry("tasks", 148L)
			.containsEntry("submitted", 5812L)
			.containsEntry("adopted", 611L)
			.containsEntry("opened", "2020-07-01")
			.containsEntry("precision", "MONTH");
	}

	@Test
	void aRecordAnOlderDatasetLoadedIsBroughtUpToDateWhileEditsToUnchangedOnesStay() {
		String wenyuan = "MATCH (c:Case {id: 'jianghai-wenyuan-drainage-renovation'}) ";
		String nancun = "MATCH (c:Case {id: 'pengjiang-nancun-solar-street-lights'}) ";
		String title = String.valueOf(row(nancun + "RETURN c.title AS title").get("title"));
		// As a dataset without funding figures left the case
		this.neo4j.query(wenyuan + "REMOVE c.fundingYuan, c.demoChecksum").run();
		this.neo4j.query(nancun + "SET c.title = '南村太阳能路灯（已核实）'").run();
		try {
			DemoData.Changes changes = this.demoData.load();

			assertThat(row(wenyuan + "RETURN c.fundingYuan AS yuan")).containsEntry("yuan", 180000L);
			assertThat(row(nancun + "RETURN c.title AS title")).containsEntry("title", "南村太阳能路灯（已核实）");
			assertThat(changes.nodesCreated()).isZero();
			assertThat(changes.propertiesSet()).isPositive();
		}
		finally {
			this.neo4j.query(nancun + "SET c.title = $title").bind(title).to("title").run();
		}
	}

	@Test
	void theWenyuanDrainageRepairWasFundedWith180000YuanAndHasItsTimelineInOrder() {
		List<String> stages = List.copyOf(this.neo4j.query("""
				MATCH (:Case {id: 'jianghai-wenyuan-drainage-renovation'})-[:HAS_STAGE]->(s:Stage)
				RETURN s.stage ORDER BY s.seq""").fetchAs(String.class).all());

		assertThat(row("MATCH (c:Case {id: 'jianghai-wenyuan-drainage-renovation'}) RETURN c.fundingYuan AS yuan"))
			.containsEntry("yuan", 180000L);
		assertThat(stages).containsExactly("REPORTED", "COLLECTED", "ASSIGNED", "HANDLED");
	}

	@Test
	void huichengHas51LargeAnd360SmallGridsCoveredByItsCentreStation() {
		assertThat(count("""
				MATCH (:Station {id: 'st-xinhui-huicheng-center'})-[:COVERS]->(g:Grid {size: 'LARGE'})
				RETURN count(g)""")).isEqualTo(51);
		assertThat(count("""
				MATCH (g:Grid {size: 'SMALL'})-[:PART_OF]->(:Grid)-[:WITHIN]->(:Region {name: '会城街道'})
				RETURN count(g)""")).isEqualTo(360);
	}

	@Test
	void theKaipingSpecialBondSupervisionIsHandledByTwoAgencies() {
		assertThat(count("""
				MATCH (:Case {id: 'kaiping-special-bond-supervision'})-[:HANDLED_BY]->(a:Agency)
				      -[:LOCATED_IN]->(:Region {name: '开平市'})
				RETURN count(a)""")).isEqualTo(2);
	}

	@Test
	void everyRecordNamesItsSource() {
		assertThat(count("""
				MATCH (n) WHERE (n:Region OR n:Station OR n:Grid OR n:Representative OR n:Law OR n:Case OR n:Agency)
				  AND NOT (n.source STARTS WITH 'seeds/' OR n.source = 'generator')
				RETURN count(n)""")).isZero();
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	private Map<String, Object> row(String cypher) {
		return this.neo4j.query(cypher).fetch().one().orElseThrow();
	}

}
