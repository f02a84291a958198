package org.grassroots.graph.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded Neo4j server ({@code grassroots.neo4j.*}).
 *
 * @param directory where the database lives; survives restarts
 * @param boltPort Bolt port on 127.0.0.1; 0 picks a free one
 * @param password password of the Bolt user {@code neo4j}; when absent one is generated
 * for the directory and kept in {@code <directory>/bolt-password}
 * @param transactionTimeout longest a transaction may run before Neo4j stops it, shorter
 * than a request's time budget; 0 for no limit (the generator's large batches)
 * @param transactionMemory heap one transaction may use; past it Neo4j stops the
 * transaction before the heap fills; 0 for no limit
 * @param transactionMemoryTotal heap all transactions together may use; 0 for no limit
 * @param pageCache memory Neo4j keeps the store's pages in, outside the heap; the demo
 * store takes a few MB and the {@code city} preset's 75 MB; 0 lets Neo4j size it (half of
 * the free memory), for the larger presets
 * @param inProcessReads whether reads outside a mutation (composed {@code node} reads,
 * list pages and totals, look-ups by id) run in the database's own transactions rather
 * than through the driver and Bolt, which takes about half of a node page's processor
 * time; off to measure or compare the Bolt path
 */
@ConfigurationProperties("grassroots.neo4j")
record EmbeddedNeo4jProperties(@DefaultValue("data/neo4j") Path directory, @DefaultValue("0") int boltPort,
		@Nullable String password, @DefaultValue("4s") Duration transactionTimeout,
		@DefaultValue("128MB") DataSize transactionMemory, @DefaultValue("256MB") DataSize transactionMemoryTotal,
		@DefaultValue("128MB") DataSize pageCache, @DefaultValue("true") boolean inProcessReads) {

	EmbeddedNeo4jServer.Limits limits() {
		return new EmbeddedNeo4jServer.Limits(this.transactionTimeout, this.transactionMemory.toBytes(),
				this.transactionMemoryTotal.toBytes(), this.pageCache.toBytes());
	}

}
