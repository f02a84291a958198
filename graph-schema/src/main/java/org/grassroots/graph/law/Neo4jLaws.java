package org.grassroots.graph.law;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetListing;
import org.grassroots.graph.read.ReadRows;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jLaws extends KeysetListing<Law, LawFilter> implements Laws {

	private static final String PROJECTION = """
			l.id AS id, l.title AS title, l.kind AS kind, l.scope AS scope, l.status AS status""";

	Neo4jLaws(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "Law", "l", PROJECTION, Neo4jLaws::toLaw));
	}

	@Override
	public Map<String, List<Law>> ofCases(Collection<String> caseIds) {
		return this.keyset.allOf("MATCH (:Case {id: owner})-[:CONCERNS]->(l:Law)", caseIds);
	}

	private static Law toLaw(Record row) {
		return new Law(row.get("id").asString(), row.get("title").asString(),
				LawKind.valueOf(row.get("kind").asString()), row.get("scope").asString(null),
				row.get("status").asString(null));
	}

}
