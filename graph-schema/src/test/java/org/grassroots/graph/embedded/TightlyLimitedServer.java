package org.grassroots.graph.embedded;

import java.nio.file.Path;
import java.time.Duration;

/**
 * An embedded server whose transactions may run for a second and hold 8 MB (64 MB
 * together), for tests that make one overrun its limits quickly.
 */
public final class TightlyLimitedServer {

	private TightlyLimitedServer() {
	}

	/** Started in the directory, its limits already enforced. */
	public static EmbeddedNeo4jServer start(Path directory) {
		EmbeddedNeo4jServer server = new EmbeddedNeo4jServer(directory, 0, null,
				new EmbeddedNeo4jServer.Limits(Duration.ofSeconds(1), 8 * 1024 * 1024, 64 * 1024 * 1024, 0));
		server.enforceTransactionLimits();
		return server;
	}

}
