package org.grassroots.graph.cases;

import java.util.List;

/**
 * What the work reports quote about a set of cases.
 *
 * @param total how many cases
 * @param fundingYuan money spent on them, where known
 * @param beneficiaries households or people served, where known
 * @param byStatus counts per status
 * @param byKind counts per kind
 * @param byMonth counts per month raised ({@code 2026-03}), where known, in order
 * @param byDistrict counts per district or county-level city, by its key and name
 */
public record CaseStatistics(long total, long fundingYuan, long beneficiaries, List<Bucket> byStatus,
		List<Bucket> byKind, List<Bucket> byMonth, List<Bucket> byDistrict) {

	public CaseStatistics {
		byStatus = List.copyOf(byStatus);
		byKind = List.copyOf(byKind);
		byMonth = List.copyOf(byMonth);
		byDistrict = List.copyOf(byDistrict);
	}

	/** The groupings a statistic can have; each costs its own pass over the cases. */
	public enum Grouping {

		BY_STATUS("""
				COLLECT { UNWIND cases AS c WITH coalesce(c.status, 'RECEIVED') AS key, count(*) AS n
				          ORDER BY key RETURN {key: key, label: key, count: n} }"""),

		BY_KIND("""
				COLLECT { UNWIND cases AS c WITH c.kind AS key, count(*) AS n
				          ORDER BY key RETURN {key: key, label: key, count: n} }"""),

		BY_MONTH("""
				COLLECT { UNWIND cases AS c WITH c WHERE c.raisedOn IS NOT NULL
				          WITH substring(toString(c.raisedOn), 0, 7) AS key, count(*) AS n
				          ORDER BY key RETURN {key: key, label: key, count: n} }"""),

		BY_DISTRICT("""
				COLLECT { UNWIND cases AS c
				          MATCH (c)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..]->(d:Region {level: 'DISTRICT'})
				          WITH d, count(DISTINCT c) AS n ORDER BY d.id
				          RETURN {key: d.id, label: d.name, count: n} }""");

		private final String cypher;

		Grouping(String cypher) {
			this.cypher = cypher;
		}

		/** The grouping over the matched list {@code cases}, as Cypher. */
		String cypher() {
			return this.cypher;
		}

	}

	/**
	 * One group.
	 *
	 * @param key what groups it, e.g. {@code COMPLETED}, {@code 2026-03},
	 * {@code jm-jianghai}
	 * @param label a readable name where the key is not one, e.g. 江海区
	 * @param count how many cases
	 */
	public record Bucket(String key, String label, long count) {
	}

}
