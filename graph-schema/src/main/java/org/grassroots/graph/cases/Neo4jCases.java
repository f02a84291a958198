package org.grassroots.graph.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.grassroots.graph.paging.Grouped;
import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetOwnedListing;
import org.jspecify.annotations.Nullable;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jCases extends KeysetOwnedListing<Case, CaseFilter, CaseRelation> implements Cases {

	static final String PROJECTION = """
			c.id AS id, c.title AS title, c.summary AS summary, c.narrative AS narrative,
			       c.kind AS kind, coalesce(c.status, 'RECEIVED') AS status, c.place AS place,
			       c.raisedOn AS raisedOn, c.completedOn AS completedOn, c.fundingYuan AS fundingYuan,
			       c.beneficiaries AS beneficiaries, c.source AS source, c.beneficiaryUnit AS beneficiaryUnit,
			       c.quantityValue AS quantity, c.quantityUnit AS quantityUnit, c.durationDays AS durationDays,
			       c.outcome AS outcome, c.evaluationSatisfied AS evaluationSatisfied,
			       c.evaluationNote AS evaluationNote, COLLECT { MATCH (c)-[:LOCATED_IN]->(r:Region) RETURN r.id LIMIT 1 }
			       AS regionIds, coalesce(c.version, 1) AS version, c:ArchivedCase AS archived""";

	private final Neo4jClient neo4j;

	private final ReadRows rows;

	Neo4jCases(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "Case", "c", PROJECTION, Neo4jCases::toCase),
				Map.of(CaseRelation.RAISED_BY, "MATCH (:Representative {id: owner})-[:RAISED]->(c:Case)",
						CaseRelation.COLLECTED_AT, "MATCH (:Station {id: owner})<-[:COLLECTED_AT]-(c:Case)",
						CaseRelation.LOCATED_IN,
						"MATCH (:Region {id: owner})<-[:WITHIN*0..]-(:Region)<-[:LOCATED_IN]-(c:Case)",
						CaseRelation.IN_GRID, "MATCH (:Grid {id: owner})<-[:PART_OF*0..]-(:Grid)<-[:IN_GRID]-(c:Case)",
						CaseRelation.CONCERNING, "MATCH (:Law {id: owner})<-[:CONCERNS]-(c:Case)"));
		this.neo4j = neo4j;
		this.rows = rows;
	}

	@Override
	public Optional<Case> findById(String id) {
		return this.neo4j.query("MATCH (c:Case {id: $id}) RETURN " + PROJECTION)
			.bind(id)
			.to("id")
			.fetchAs(Case.class)
			.mappedBy((types, row) -> toCase(row))
			.one();
	}

	@Override
	public Optional<Case> findIncludingArchived(String id) {
		return this.neo4j
			.query("MATCH (c:Case {id: $id}) RETURN " + PROJECTION + " UNION MATCH (c:ArchivedCase {id: $id}) RETURN "
					+ PROJECTION)
			.bind(id)
			.to("id")
			.fetchAs(Case.class)
			.mappedBy((types, row) -> toCase(row))
			.first();
	}

	@Override
	public CaseStatistics statistics(CaseFilter filter, Set<CaseStatistics.Grouping> groupings) {
		// One match, then every figure asked for from the matched list
		String cypher = """
				%s
				WITH collect(c) AS cases
				RETURN size(cases) AS total,
				       reduce(sum = 0, c IN cases | sum + coalesce(c.fundingYuan, 0)) AS funding,
				       reduce(sum = 0, c IN cases | sum + coalesce(c.beneficiaries, 0)) AS beneficiaries,
				       %s AS byStatus, %s AS byKind, %s AS byMonth, %s AS byDistrict""".formatted(
				filter.match("(c:Case)"), grouping(groupings, CaseStatistics.Grouping.BY_STATUS),
				grouping(groupings, CaseStatistics.Grouping.BY_KIND),
				grouping(groupings, CaseStatistics.Grouping.BY_MONTH),
				grouping(groupings, CaseStatistics.Grouping.BY_DISTRICT));
		return this.neo4j.query(cypher)
			.bindAll(filter.parameters())
			.fetchAs(CaseStatistics.class)
			.mappedBy((types, row) -> new CaseStatistics(row.get("total").asLong(), row.get("funding").asLong(),
					row.get("beneficiaries").asLong(), buckets(row.get("byStatus")), buckets(row.get("byKind")),
					buckets(row.get("byMonth")), buckets(row.get("byDistrict"))))
			.one()
			.orElseThrow();
	}

	private static String grouping(Set<CaseStatistics.Grouping> asked, CaseStatistics.Grouping grouping) {
		return asked.contains(grouping) ? grouping.cypher() : "[]";
	}

	private static List<CaseStatistics.Bucket> buckets(Value value) {
		return value.asList((bucket) -> new CaseStatistics.Bucket(bucket.get("key").asString(),
				bucket.get("label").asString(), bucket.get("count").asLong()));
	}

	@Override
	public Map<String, List<Stage>> timelines(Collection<String> caseIds) {
		return Grouped.rows(this.rows, """
				MATCH (c:Case)-[:HAS_STAGE]->(s:Stage) WHERE c.id IN $ids
				RETURN c.id AS caseId, s.stage AS stage, s.on AS on, s.note AS note
				ORDER BY caseId, s.seq""", Map.of("ids", List.copyOf(caseIds)), "caseId",
				(row) -> new Stage(CaseStage.valueOf(row.get("stage").asString()), date(row.get("on")),
						row.get("note").isNull() ? null : row.get("note").asString()));
	}

	static Case toCase(Record row) {
		return new Case(row.get("id").asString(), row.get("title").asString(), row.get("summary").asString(),
				row.get("narrative").asString(), CaseKind.valueOf(row.get("kind").asString()),
				CaseStatus.valueOf(row.get("status").asString()), row.get("place").asString(),
				date(row.get("raisedOn")), date(row.get("completedOn")), number(row.get("fundingYuan")),
				number(row.get("beneficiaries")), row.get("source").asString(""), details(row),
				row.get("regionIds").isEmpty() ? null : row.get("regionIds").get(0).asString(),
				row.get("version").asLong(), row.get("archived").asBoolean());
	}

	private static Case.Details details(Record row) {
		Value quantity = row.get("quantity");
		Value outcome = row.get("outcome");
		Value satisfied = row.get("evaluationSatisfied");
		return new Case.Details(row.get("beneficiaryUnit").asString(null),
				quantity.isNull() ? null : quantity.asNumber().doubleValue(), row.get("quantityUnit").asString(null),
				number(row.get("durationDays")), outcome.isNull() ? null : OpinionOutcome.valueOf(outcome.asString()),
				satisfied.isNull() ? null : satisfied.asBoolean(), row.get("evaluationNote").asString(null));
	}

	/** Dates written as text by older demo loads read as dates too. */
	private static @Nullable LocalDate date(Value value) {
		if (value.isNull()) {
			return null;
		}
		return value.hasType(TypeSystem.getDefault().STRING()) ? LocalDate.parse(value.asString())
				: value.asLocalDate();
	}

	private static @Nullable Long number(Value value) {
		return value.isNull() ? null : value.asLong();
	}

}
