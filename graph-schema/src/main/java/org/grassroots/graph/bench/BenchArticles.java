package org.grassroots.graph.bench;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Published articles written straight into a generated graph, one per case, for the
 * search benchmark: the publishing workflow is measured on its own, and 20,000 stories
 * through it would only measure it again.
 */
public final class BenchArticles {

	private static final int BATCH = 2_000;

	private final Neo4jClient neo4j;

	private BenchArticles(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** On the running application's graph. */
	public static BenchArticles of(org.springframework.context.ApplicationContext context) {
		return new BenchArticles(context.getBean(Neo4jClient.class));
	}

	/**
	 * Makes the first {@code count} cases (by key) told by a live article each, keyed
	 * {@code bench-<case>}; articles already there stay.
	 * @return the keys of the articles
	 */
	public List<String> publish(int count) {
		List<String> cases = List.copyOf(this.neo4j.query("MATCH (c:Case) RETURN c.id AS id ORDER BY id LIMIT $count")
			.bind(count)
			.to("count")
			.fetchAs(String.class)
			.all());
		for (int from = 0; from < cases.size(); from += BATCH) {
			this.neo4j.query("""
					UNWIND $ids AS caseId
					MATCH (c:Case {id: caseId})
					MERGE (a:Article {id: 'bench-' + caseId})
					ON CREATE SET a.publicSlug = 'bench-' + caseId, a.slug = 'bench-' + caseId, a.live = true,
					    a.state = 'PUBLISHED', a.title = c.title, a.summary = coalesce(c.summary, ''),
					    a.bodyHtml = '<p>' + coalesce(c.summary, c.title) + '</p><p>' + coalesce(c.place, '') + '</p>',
					    a.coverText = '', a.tags = [], a.publishedAt = datetime(), a.lastPublishedAt = datetime(),
					    a.liveRevision = 1, a.sequence = 1, a.version = 1
					MERGE (a)-[:TELLS]->(c)
					WITH a, c
					MATCH (c)-[:LOCATED_IN]->(r:Region)
					MERGE (a)-[:IN_REGION]->(r)""")
				.bind(cases.subList(from, Math.min(cases.size(), from + BATCH)))
				.to("ids")
				.run();
		}
		return cases.stream().map((id) -> "bench-" + id).toList();
	}

}
