package org.grassroots.graph.read;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the lists' read statements (pages, totals, each owner's rows) and gives their rows
 * as the driver's records, whichever way they ran. Where the database runs in this JVM
 * and no transaction is under way, a statement runs in the database's own transaction
 * ({@link InProcessStatements}); inside a transaction (a mutation reading what it is
 * about to change) it runs in that transaction, through the client, and sees its writes.
 */
@Component
public class ReadRows {

	private final Neo4jClient neo4j;

	private final @Nullable GraphDatabaseService inProcess;

	ReadRows(Neo4jClient neo4j, ObjectProvider<GraphDatabaseService> inProcess) {
		this.neo4j = neo4j;
		this.inProcess = inProcess.getIfAvailable();
	}

	/** Every row of the statement, in its order. */
	public List<Record> all(String cypher, Map<String, ? extends @Nullable Object> parameters) {
		if (this.inProcess != null && !TransactionSynchronizationManager.isActualTransactionActive()) {
			return InProcessStatements.records(this.inProcess, cypher, parameters);
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> values = (Map<String, Object>) parameters;
		return List
			.copyOf(this.neo4j.query(cypher).bindAll(values).fetchAs(Record.class).mappedBy((types, row) -> row).all());
	}

}
