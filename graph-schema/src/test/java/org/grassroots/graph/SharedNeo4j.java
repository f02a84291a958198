package org.grassroots.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Optional;

import org.grassroots.graph.embedded.EmbeddedNeo4jServer;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.GraphDatabaseService;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * One Neo4j for the whole test JVM: a Testcontainers Neo4j where a Docker engine runs,
 * otherwise the same embedded server the application uses, in a fresh temporary
 * directory. Test contexts reach it as an external server through
 * {@code spring.neo4j.uri}.
 */
public final class SharedNeo4j {

	private static final String IMAGE = "neo4j:2026.08.1";

	private static final String PASSWORD = "grassroots-test";

	private static volatile Server server;

	private SharedNeo4j() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		Server shared = server();
		registry.add("spring.neo4j.uri", shared::uri);
		if (shared.password() != null) {
			registry.add("spring.neo4j.authentication.username", () -> "neo4j");
			registry.add("spring.neo4j.authentication.password", shared::password);
		}
	}

	private static synchronized Server server() {
		if (server == null) {
			server = DockerClientFactory.instance().isDockerAvailable() ? container() : embedded();
		}
		return server;
	}

	private static Server container() {
		Neo4jContainer container = new Neo4jContainer(IMAGE).withAdminPassword(PASSWORD);
		container.start();
		return new Server(container.getBoltUrl(), PASSWORD, null);
	}

	private static Server embedded() {
		try {
			Path directory = Files.createTempDirectory("grassroots-neo4j-test");
			EmbeddedNeo4jServer embedded = new EmbeddedNeo4jServer(directory, 0);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				embedded.close();
				FileSystemUtils.deleteRecursively(directory.toFile());
			}, "shared-neo4j-shutdown"));
			return new Server(embedded.boltUri().toString(), embedded.password(), embedded.database());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The database itself when it runs in this JVM, as the application's own embedded
	 * database does: test contexts that give it to the application read the way it does
	 * by default ({@code CypherReads} without the driver).
	 */
	public static Optional<GraphDatabaseService> inProcess() {
		return Optional.ofNullable(server().database());
	}

	private record Server(String uri, @Nullable String password, @Nullable GraphDatabaseService database) {
	}

}
