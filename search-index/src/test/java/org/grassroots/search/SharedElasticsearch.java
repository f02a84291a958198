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
import org.testcontainers.utility.MountableFile;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * One Elasticsearch for the whole test JVM: where a Docker engine runs, the official
 * image with our analysis plugin in Testcontainers; otherwise the same local server the
 * application runs, in a fresh temporary home. Test contexts reach it as an external
 * cluster through {@code spring.elasticsearch.uris}.
 */
public final class SharedElasticsearch {

	private static final String IMAGE = "elasticsearch:9.5.3";

	private static volatile String uri;

	private static volatile java.util.function.Supplier<FrozenElasticsearch> freezer;

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

	/** Stops the shared server's processes until the result is closed. */
	static FrozenElasticsearch freeze() {
		uri();
		return freezer.get();
	}

	private static Path distributionDirectory() {
		return Path.of(System.getProperty("grassroots.elasticsearch.distribution-dir", "target/elasticsearch"));
	}

	/**
	 * The official image with our plugin installed at container start, the way the
	 * compose file's image installs it at build time.
	 */
	@SuppressWarnings("resource")
	private static String container() {
		var container = new GenericContainer<>(IMAGE).withExposedPorts(9200)
			.withCopyFileToContainer(MountableFile.forHostPath(distributionDirectory().resolve("analysis-plugin.zip")),
					"/tmp/analysis-plugin.zip")
			.withCommand("bash", "-c",
					"bin/elasticsearch-plugin install --batch file:///tmp/analysis-plugin.zip"
							+ " && exec /usr/local/bin/docker-entrypoint.sh eswrapper")
			.withEnv("discovery.type", "single-node")
			.withEnv("xpack.security.enabled", "false")
			.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
			.waitingFor(Wait.forHttp("/_cluster/health?wait_for_status=yellow").forStatusCode(200))
			.withStartupTimeout(Duration.ofMinutes(3));
		container.start();
		String id = container.getContainerId();
		var docker = DockerClientFactory.instance().client();
		freezer = () -> FrozenElasticsearch.of(() -> docker.pauseContainerCmd(id).exec(),
				() -> docker.unpauseContainerCmd(id).exec());
		return "http://" + container.getHost() + ":" + container.getMappedPort(9200);
	}

	private static String local() {
		try {
			Path home = Files.createTempDirectory("grassroots-es-test");
			var settings = new LocalElasticsearchSettings(distributionDirectory(), home, "512m", 0,
					Duration.ofMinutes(3));
			LocalElasticsearch server = LocalElasticsearch.start(settings);
			freezer = () -> FrozenElasticsearch.signalling(server.processes());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				server.close();
				FileSystemUtils.deleteRecursively(home.toFile());
			}, "shared-elasticsearch-shutdown"));
			return server.httpUri().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
