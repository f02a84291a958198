package org.grassroots.graph.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The benchmark's five pages, each fetched by one hand-written Cypher query through the
 * driver: the baseline the GraphQL API is measured against. Each returns the same data
 * the page's GraphQL query asks for.
 */
@Component
public class BaselinePages {

	private static final String STATION = """
			MATCH (s:Station {id: $id})
			CALL (s) {
			  MATCH (r:Representative)-[:STATIONED_AT]->(s) WITH r ORDER BY r.id LIMIT 20
			  CALL (r) {
			    MATCH (r)-[:RAISED]->(c:Case)
			    WITH c ORDER BY coalesce(c.raisedOn, date('0001-01-01')) DESC, c.id DESC LIMIT 5
			    RETURN collect(c {.id, .title, .status, .raisedOn}) AS cases
			  }
			  RETURN collect(r {.id, .name, .levels, cases: cases}) AS deputies
			}
			RETURN s {.id, .name, .kind, .openedOn, deputies: deputies,
			          deputyCount: COUNT { (:Representative)-[:STATIONED_AT]->(s) }} AS page""";

	private static final String DEPUTY = """
			MATCH (r:Representative {id: $id})
			CALL (r) {
			  MATCH (r)-[:RAISED]->(c:Case)
			  WITH c ORDER BY coalesce(c.raisedOn, date('0001-01-01')) DESC, c.id DESC LIMIT 10
			  RETURN collect(c {.id, .title, .kind, .status, .raisedOn,
			                    region: [(c)-[:LOCATED_IN]->(v:Region) | v.name][0]}) AS cases
			}
			RETURN r {.id, .name, .levels, .profile, cases: cases,
			          caseCount: COUNT { (r)-[:RAISED]->(:Case) },
			          stations: [(r)-[:STATIONED_AT]->(s:Station) | s {.id, .name, .kind}]} AS page""";

	private static final String VILLAGE = """
			MATCH (v:Region {id: $id})
			CALL (v) {
			  MATCH (v)<-[:WITHIN]-(:Grid)<-[:PART_OF*0..1]-(g:Grid) WITH DISTINCT g ORDER BY g.id
			  WITH collect(g {.id, .name, .size}) AS grids
			  RETURN grids[0..20] AS grids, size(grids) AS gridCount
			}
			CALL (v) {
			  MATCH (v)<-[:WITHIN*0..]-(:Region)<-[:LOCATED_IN]-(s:Station) WITH s ORDER BY s.id LIMIT 10
			  RETURN collect(s {.id, .name, .kind}) AS stations
			}
			CALL (v) {
			  MATCH (v)<-[:LOCATED_IN]-(c:Case)
			  WITH c ORDER BY coalesce(c.raisedOn, date('0001-01-01')) DESC, c.id DESC
			  WITH collect(c {.id, .title, .status, .raisedOn}) AS cases
			  RETURN cases[0..10] AS cases, size(cases) AS caseCount
			}
			RETURN v {.id, .name, .kind, parent: [(v)-[:WITHIN]->(p:Region) | p.name][0], grids: grids,
			          gridCount: gridCount, stations: stations, cases: cases, caseCount: caseCount} AS page""";

	private static final String CASE_LIST = """
			MATCH (d:Region {id: $district})<-[:WITHIN*0..]-(:Region)<-[:LOCATED_IN]-(c:Case)
			WHERE c.status = 'COMPLETED' AND c.raisedOn >= $from AND c.raisedOn <= $to
			WITH collect(c) AS matched
			WITH size(matched) AS total, matched
			UNWIND matched AS c
			WITH total, c WHERE c.raisedOn < $afterRaisedOn OR (c.raisedOn = $afterRaisedOn AND c.id < $afterId)
			WITH total, c ORDER BY c.raisedOn DESC, c.id DESC LIMIT 21
			RETURN total,
			       collect(c {.id, .title, .kind, .status, .raisedOn, .fundingYuan,
			                  region: [(c)-[:LOCATED_IN]->(v:Region) | v.name][0]}) AS page""";

	private static final String DASHBOARD = """
			MATCH (:Region {id: $district})<-[:WITHIN*0..]-(:Region)<-[:LOCATED_IN]-(c:Case)
			WITH collect(c) AS cases
			CALL () {
			  MATCH (:Region {id: $district})<-[:WITHIN*0..]-(:Region)<-[:LOCATED_IN]-(s:Station)<-[:HELD_BY]-(k:Consultation)
			  WITH s, count(k) AS consultations,
			       sum(coalesce(k.opinionsSubmitted, COUNT { (k)<-[:PART_OF]-(:Case) })) AS submitted,
			       sum(coalesce(k.opinionsAdopted, COUNT { (k)<-[:PART_OF]-(o:Case)
			                                               WHERE o.outcome IN ['ADOPTED', 'PARTLY_ADOPTED'] })) AS adopted
			  ORDER BY s.id
			  RETURN collect({key: s.id, label: s.name, consultations: consultations, submitted: submitted,
			                  adopted: adopted}) AS contactPoints
			}
			RETURN size(cases) AS total,
			       reduce(sum = 0, c IN cases | sum + coalesce(c.fundingYuan, 0)) AS funding,
			       reduce(sum = 0, c IN cases | sum + coalesce(c.beneficiaries, 0)) AS beneficiaries,
			       COLLECT { UNWIND cases AS c WITH c.status AS key, count(*) AS n ORDER BY key
			                 RETURN {key: key, count: n} } AS byStatus,
			       COLLECT { UNWIND cases AS c WITH c.kind AS key, count(*) AS n ORDER BY key
			                 RETURN {key: key, count: n} } AS byKind,
			       COLLECT { UNWIND cases AS c WITH substring(toString(c.raisedOn), 0, 7) AS key, count(*) AS n
			                 ORDER BY key RETURN {key: key, count: n} } AS byMonth,
			       contactPoints""";

	private final Neo4jClient neo4j;

	BaselinePages(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Map<String, Object> stationPage(String stationId) {
		return page(STATION, Map.of("id", stationId));
	}

	public Map<String, Object> deputyPage(String deputyId) {
		return page(DEPUTY, Map.of("id", deputyId));
	}

	public Map<String, Object> villagePage(String villageId) {
		return page(VILLAGE, Map.of("id", villageId));
	}

	/**
	 * The second page of a district's completed cases raised in a period, latest first.
	 * @param afterRaisedOn the raising day of the first page's last case
	 * @param afterId that case's key
	 */
	public Map<String, Object> caseListPage(String districtId, LocalDate from, LocalDate to, LocalDate afterRaisedOn,
			String afterId) {
		return page(CASE_LIST, Map.of("district", districtId, "from", from, "to", to, "afterRaisedOn", afterRaisedOn,
				"afterId", afterId));
	}

	/** Case figures of a district and the opinions its contact points collected. */
	public Map<String, Object> dashboard(String districtId) {
		return page(DASHBOARD, Map.of("district", districtId));
	}

	private Map<String, Object> page(String cypher, Map<String, Object> parameters) {
		return this.neo4j.query(cypher).bindAll(parameters).fetch().one().orElse(Map.of());
	}

	/** {@code size} samples of each kind, spread over the graph. */
	public BenchmarkSamples samples(int size) {
		return new BenchmarkSamples(ids("""
				MATCH (s:Station {kind: 'CENTER'}) WHERE EXISTS { (:Representative)-[:STATIONED_AT]->(s) }
				RETURN s.id AS id ORDER BY s.id""", size), ids("""
				MATCH (r:Representative) WHERE EXISTS { (r)-[:RAISED]->(:Case) } RETURN r.id AS id ORDER BY r.id""",
				size), ids("""
						MATCH (v:Region {level: 'VILLAGE'}) WHERE EXISTS { (v)<-[:LOCATED_IN]-(:Case) }
						RETURN v.id AS id ORDER BY v.id""", size),
				ids("MATCH (d:Region {level: 'DISTRICT'}) RETURN d.id AS id ORDER BY d.id", size));
	}

	/**
	 * Every n-th id, so that samples spread over the whole list without reading it all.
	 */
	private List<String> ids(String cypher, int size) {
		List<String> all = List.copyOf(this.neo4j.query(cypher).fetchAs(String.class).all());
		int step = Math.max(1, all.size() / size);
		return java.util.stream.IntStream.range(0, Math.min(size, all.size()))
			.mapToObj((i) -> all.get(i * step))
			.toList();
	}

}
