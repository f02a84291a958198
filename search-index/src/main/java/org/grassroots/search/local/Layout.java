package org.grassroots.search.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The server's own directories under its home: configuration, data, logs and temporary
 * files, plus the console log the launcher writes.
 */
record Layout(Path home) {

	static final String CLUSTER_NAME = "grassroots";

	Path config() {
		return this.home.resolve("config");
	}

	Path data() {
		return this.home.resolve("data");
	}

	Path logs() {
		return this.home.resolve("logs");
	}

	Path tmp() {
		return this.home.resolve("tmp");
	}

	Path consoleLog() {
		return this.home.resolve("elasticsearch-console.log");
	}

	Path serverLog() {
		return logs().resolve(CLUSTER_NAME + ".log");
	}

	List<Path> ownedByServer() {
		return List.of(config(), data(), logs(), tmp());
	}

	void prepare(Path elasticsearchHome, String heap, int httpPort, int transportPort) throws IOException {
		for (Path directory : ownedByServer()) {
			Files.createDirectories(directory);
		}
		copyDefaultConfiguration(elasticsearchHome.resolve("config"));
		Files.createDirectories(config().resolve("jvm.options.d"));
		Files.writeString(config().resolve("jvm.options.d/heap.options"), "-Xms" + heap + "\n-Xmx" + heap + "\n");
		Files.writeString(config().resolve("elasticsearch.yml"), settings(httpPort, transportPort));
	}

	private void copyDefaultConfiguration(Path defaults) throws IOException {
		try (var files = Files.list(defaults)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, config().resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	private String settings(int httpPort, int transportPort) {
		return """
				cluster.name: %s
				node.name: local
				path.data: %s
				path.logs: %s
				network.host: 127.0.0.1
				http.port: %d
				transport.port: %d
				discovery.type: single-node
				action.destructive_requires_name: true
				# Loopback only; also stops the launcher's security auto-configuration, which would
				# add keystore settings this distribution's modules do not know
				xpack.security.enabled: false
				# A laptop's disk is often fuller than a server's: do not turn indices read-only
				cluster.routing.allocation.disk.threshold_enabled: false
				""".formatted(CLUSTER_NAME, data(), logs(), httpPort, transportPort);
	}

}
