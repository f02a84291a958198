package org.grassroots.graph.cases;

import org.grassroots.graph.paging.Keyset;
import org.grassroots.graph.paging.KeysetListing;

import org.grassroots.graph.read.ReadRows;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class Neo4jArchivedCases extends KeysetListing<Case, ArchivedCaseFilter> implements ArchivedCases {

	Neo4jArchivedCases(Neo4jClient neo4j, ReadRows rows) {
		super(new Keyset<>(rows, "ArchivedCase", "c", Neo4jCases.PROJECTION, Neo4jCases::toCase));
	}

}
