package org.grassroots.graph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM, reachable over Bolt on the loopback interface
 * only, with a password: any process on the machine could otherwise write the graph.
 * Started on construction, stopped by {@link #close()}.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

	/** The Bolt user. */
	public static final String USER = "neo4j";

	/** Where a generated password is kept, inside the database directory. */
	public static final String PASSWORD_FILE = "bolt-password";

	private static final String SCOPE = "grassroots";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final String password;

	private final Limits limits;

	/** No limits, a generated password: for tests and tools. */
	public EmbeddedNeo4jServer(Path directory, int boltPort) {
		this(directory, boltPort, null, Limits.NONE);
	}

	/**
	 * Starts the server with the page cache the limits give; the transaction limits hold
	 * once {@link #enforceTransactionLimits()} is called, after start-up work
	 * (migrations, demo data) that a cold server may take longer for.
	 */
	public EmbeddedNeo4jServer(Path directory, int boltPort, @Nullable String password, Limits limits) {
		this.limits = limits;
		long started = System.nanoTime();
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(directory.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			// Pre-allocating 256 MB transaction logs is wasted disk for a single-machine
			// app
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
		if (limits.pageCache() > 0) {
			builder.setConfig(GraphDatabaseSettings.pagecache_memory, limits.pageCache());
		}
		this.service = builder.build();
		this.password = (password != null) ? password : keptPassword(directory);
		setPassword(this.password);
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

	/**
	 * The application's database, for reads that run in-process rather than over Bolt.
	 */
	public GraphDatabaseService database() {
		return this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/** The password of {@link #USER} on Bolt. */
	public String password() {
		return this.password;
	}

	/**
	 * From now on a transaction that runs longer or holds more memory than the limits say
	 * is stopped (Neo4j checks both as the transaction runs), before it holds the server
	 * or fills the heap.
	 */
	public void enforceTransactionLimits() {
		Config config = system().getDependencyResolver().resolveDependency(Config.class);
		config.setDynamic(GraphDatabaseSettings.transaction_timeout, this.limits.transactionTimeout(), SCOPE);
		config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, this.limits.transactionMemory(), SCOPE);
		config.setDynamic(GraphDatabaseSettings.memory_transaction_global_max_size,
				this.limits.transactionMemoryTotal(), SCOPE);
		logger.info("Neo4j transactions limited to {} and {} MB each, {} MB together", this.limits.transactionTimeout(),
				this.limits.transactionMemory() / (1024 * 1024), this.limits.transactionMemoryTotal() / (1024 * 1024));
	}

	private int localBoltPort() {
		var ports = system().getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
		return ports.getLocalAddress(ConnectorType.BOLT).getPort();
	}

	private GraphDatabaseAPI system() {
		return (GraphDatabaseAPI) this.service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
	}

	/** In-process transactions are not authenticated: they set the Bolt password. */
	private void setPassword(String password) {
		try {
			system().executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			if (!ex.getMessage().contains("cannot be the same")) {
				throw ex;
			}
		}
	}

	/** The password generated for this directory on its first start. */
	private static String keptPassword(Path directory) {
		Path file = directory.resolve(PASSWORD_FILE);
		try {
			if (Files.isRegularFile(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Files.createDirectories(directory);
			Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system: the directory's own permissions apply
			}
			logger.info("Generated the Bolt password of user '{}' into {}", USER, file.toAbsolutePath());
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		logger.info("Stopping embedded Neo4j");
		this.service.shutdown();
	}

	/**
	 * What one transaction and the server may use.
	 *
	 * @param transactionTimeout longest a transaction runs; zero for no limit
	 * @param transactionMemory bytes of heap per transaction; zero for no limit
	 * @param transactionMemoryTotal bytes of heap for all transactions; zero for no limit
	 * @param pageCache bytes of page cache; zero for Neo4j's own sizing
	 */
	public record Limits(Duration transactionTimeout, long transactionMemory, long transactionMemoryTotal,
			long pageCache) {

		/** Neo4j's defaults. */
		public static final Limits NONE = new Limits(Duration.ZERO, 0, 0, 0);

	}

}
