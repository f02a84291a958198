package org.grassroots.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.grassroots.search.local.LocalElasticsearch;
import org.grassroots.search.local.LocalElasticsearchSettings;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One Elasticsearch for the whole test JVM: where a Docker engine runs, the project's
 * image (official image plus our analysis plugin) in Testcontainers; otherwise the same
 * local server the application runs, in a fresh temporary home. Test contexts reach it as
 * an external cluster through {@code spring.elasticsearch.uris}.
 */
public final class SharedElasticsearch {

	private static volatile String uri;

	private SharedElasticsearch() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.elasticsearch.uris", SharedElasticsearch::uri);
	}

	public static synchronized String uri() {
		if (uri == null) {
			uri = DockerClientFactory.instance().isDockerAvailable() ? container() : local();
		}
		return uri;
	}

	private static Path distributionDirectory() {
		return Path.of(System.getProperty("grassroots.elasticsearch.distribution-dir", "target/elasticsearch"));
	}

	@SuppressWarnings("resource")
	private static String container() {
		Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).toAbsolutePath();
		var image = new ImageFromDockerfile("grassroots-elasticsearch-test", false)
			.withFileFromPath("Dockerfile", root.resolve("docker/elasticsearch/Dockerfile"))
			.withFileFromPath("analysis-plugin.zip", distributionDirectory().resolve("analysis-plugin.zip"));
		var container = new GenericContainer<>(image).withExposedPorts(9200)
			.withEnv("discovery.type", "single-node")
			.withEnv("xpack.security.enabled", "false")
			.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
			.waitingFor(Wait.forHttp("/_cluster/health?wait_for_status=yellow").forStatusCode(200))
			.withStartupTimeout(Duration.ofMinutes(3));
		container.start();
		return "http://" + container.getHost() + ":" + container.getMappedPort(9200);
	}

	private static String local() {
		try {
			Path home = Files.createTempDirectory("grassroots-es-test");
			var settings = new LocalElasticsearchSettings(distributionDirectory(), home, "512m", 0,
					Duration.ofMinutes(3));
			LocalElasticsearch server = LocalElasticsearch.start(settings);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shared-elasticsearch-shutdown"));
			return server.httpUri().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
