package org.grassroots.search.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the local Elasticsearch.
 *
 * @param distributionDirectory where the build staged {@code elasticsearch-<version>.zip}
 * and {@code analysis-plugin.zip}
 * @param home where the server is installed and keeps its data, logs and configuration
 * @param heap JVM heap, e.g. {@code 512m}
 * @param httpPort HTTP port on 127.0.0.1; 0 picks a free one
 * @param startupTimeout how long to wait for the cluster to become healthy
 */
public record LocalElasticsearchSettings(Path distributionDirectory, Path home, String heap, int httpPort,
		Duration startupTimeout) {

	private static final String PREFIX = "elasticsearch-";

	/** The staged distribution's version, read off its file name. */
	String version() {
		String name = distributionZip().getFileName().toString();
		return name.substring(PREFIX.length(), name.length() - ".zip".length());
	}

	Path distributionZip() {
		try (var files = Files.list(this.distributionDirectory)) {
			return files.filter((file) -> file.getFileName().toString().matches(PREFIX + "[0-9.]+\\.zip"))
				.findFirst()
				.orElseThrow(() -> missing("elasticsearch-<version>.zip"));
		}
		catch (IOException ex) {
			throw missing("elasticsearch-<version>.zip");
		}
	}

	Path pluginZip() {
		Path zip = this.distributionDirectory.resolve("analysis-plugin.zip");
		if (!Files.isRegularFile(zip)) {
			throw missing("analysis-plugin.zip");
		}
		return zip;
	}

	private IllegalStateException missing(String file) {
		return new IllegalStateException("No " + file + " in " + this.distributionDirectory.toAbsolutePath()
				+ ": build the project first (./grassroots build) or set grassroots.elasticsearch.distribution-dir");
	}

}
