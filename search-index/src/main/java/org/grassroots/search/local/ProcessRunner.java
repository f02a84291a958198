package org.grassroots.search.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.security.auth.module.UnixSystem;

/**
 * Runs Elasticsearch's commands. Elasticsearch refuses to run as root, so when this JVM
 * is root the server runs as {@code nobody} (through {@code setpriv}) and owns only its
 * data, logs, temporary and configuration directories.
 */
final class ProcessRunner {

	static final String SERVER_USER = "nobody";

	private final boolean root;

	private final Path javaHome;

	ProcessRunner(boolean root, Path javaHome) {
		this.root = root;
		this.javaHome = javaHome;
	}

	static ProcessRunner forThisJvm() {
		return new ProcessRunner(new UnixSystem().getUid() == 0, Path.of(System.getProperty("java.home")));
	}

	boolean switchesUser() {
		return this.root;
	}

	void installPlugin(Path elasticsearchHome, Path pluginZip) throws IOException {
		run(List.of(elasticsearchHome.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
				pluginZip.toAbsolutePath().toUri().toString()), Map.of());
	}

	void giveToServerUser(List<Path> directories) throws IOException {
		if (!this.root) {
			return;
		}
		List<String> command = new ArrayList<>(List.of("chown", "-R", SERVER_USER + ":"));
		directories.forEach((directory) -> command.add(directory.toString()));
		run(command, Map.of());
	}

	ProcessBuilder server(List<String> command, Map<String, String> environment) throws IOException {
		List<String> full = new ArrayList<>();
		if (this.root) {
			String gid = run(List.of("id", "-g", SERVER_USER), Map.of()).strip();
			full.addAll(List.of("setpriv", "--reuid=" + SERVER_USER, "--regid=" + gid, "--clear-groups", "--"));
		}
		full.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(full);
		builder.environment().putAll(environment(environment));
		return builder;
	}

	private Map<String, String> environment(Map<String, String> extra) {
		var environment = new java.util.HashMap<>(extra);
		environment.put("ES_JAVA_HOME", this.javaHome.toString());
		return environment;
	}

	private String run(List<String> command, Map<String, String> environment) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment(environment));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (process.waitFor() != 0) {
				throw new IOException("'" + String.join(" ", command) + "' failed:\n" + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running " + command, ex);
		}
		return output;
	}

}
