package org.grassroots.graph.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM, reachable over Bolt on the loopback interface
 * only. Started on construction, stopped by {@link #close()}.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	public EmbeddedNeo4jServer(Path directory, int boltPort) {
		long started = System.nanoTime();
		this.service = new DatabaseManagementServiceBuilder(directory.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			// Pre-allocating 256 MB transaction logs is wasted disk for a single-machine
			// app
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.build();
		this.boltUri = URI.create("bolt://127.0.0.1:" + localBoltPort());
		logger.info("Embedded Neo4j at {} on {} started in {} ms", directory.toAbsolutePath(), this.boltUri,
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	/**
	 * The Bolt address actually bound, which differs from the configured one when port 0
	 * was asked for.
	 */
	public URI boltUri() {
		return this.boltUri;
	}

	private int localBoltPort() {
		var system = (GraphDatabaseAPI) this.service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var ports = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
		return ports.getLocalAddress(ConnectorType.BOLT).getPort();
	}

	@Override
	public void close() {
		logger.info("Stopping embedded Neo4j");
		this.service.shutdown();
	}

}
