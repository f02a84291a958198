package org.grassroots.search.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch server as a child process, bound to 127.0.0.1. {@link #start}
 * installs the distribution and our analysis plugin on first use, stops a server left
 * over by a crashed run on the same home, launches a new one and returns once the cluster
 * is healthy; {@link #close} stops it.
 */
public final class LocalElasticsearch implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LocalElasticsearch.class);

	private final Process process;

	private final URI httpUri;

	private final Path consoleLog;

	private final Path serverLog;

	private LocalElasticsearch(Process process, URI httpUri, Path consoleLog, Path serverLog) {
		this.process = process;
		this.httpUri = httpUri;
		this.consoleLog = consoleLog;
		this.serverLog = serverLog;
	}

	public static LocalElasticsearch start(LocalElasticsearchSettings settings) {
		try {
			return launch(settings, ProcessRunner.forThisJvm());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the local Elasticsearch", ex);
		}
	}

	private static LocalElasticsearch launch(LocalElasticsearchSettings settings, ProcessRunner runner)
			throws IOException {
		Instant started = Instant.now();
		Path home = homeFor(settings.home().toAbsolutePath().normalize(), runner);
		Installation installation = new Installation(settings, home);
		installation.ensureInstalled(runner);
		Layout layout = new Layout(home);
		stopLeftovers(installation.elasticsearchHome());
		int httpPort = settings.httpPort() == 0 ? freePort() : settings.httpPort();
		layout.prepare(installation.elasticsearchHome(), settings.heap(), httpPort, freePort());
		runner.giveToServerUser(layout.ownedByServer());
		Process process = runner
			.server(List.of(installation.elasticsearchHome().resolve("bin/elasticsearch").toString()),
					Map.of("ES_PATH_CONF", layout.config().toString(), "ES_TMPDIR", layout.tmp().toString()))
			.redirectErrorStream(true)
			.redirectOutput(layout.consoleLog().toFile())
			.start();
		URI uri = URI.create("http://127.0.0.1:" + httpPort);
		var server = new LocalElasticsearch(process, uri, layout.consoleLog(), layout.serverLog());
		server.awaitHealthy(settings.startupTimeout());
		logger.info("Local Elasticsearch {} at {} healthy after {} ms; log {}", settings.version(), uri,
				Duration.between(started, Instant.now()).toMillis(), layout.serverLog());
		return server;
	}

	public URI httpUri() {
		return this.httpUri;
	}

	/** The server's own log file. */
	public Path serverLog() {
		return this.serverLog;
	}

	public boolean isRunning() {
		return this.process.isAlive();
	}

	/** The launcher and the server processes it started, e.g. to find or signal them. */
	public List<ProcessHandle> processes() {
		return Stream.concat(Stream.of(this.process.toHandle()), this.process.descendants()).toList();
	}

	@Override
	public void close() {
		if (!this.process.isAlive()) {
			return;
		}
		logger.info("Stopping local Elasticsearch at {}", this.httpUri);
		List<ProcessHandle> children = this.process.descendants().toList();
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
		children.stream().filter(ProcessHandle::isAlive).forEach(LocalElasticsearch::kill);
	}

	private static void kill(ProcessHandle process) {
		process.destroyForcibly();
		try {
			process.onExit().get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			logger.warn("Elasticsearch process {} did not exit", process.pid());
		}
	}

	private void awaitHealthy(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest
			.newBuilder(this.httpUri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Elasticsearch exited with " + this.process.exitValue() + ":\n"
						+ tail(this.consoleLog) + "\nSee " + this.consoleLog + " and " + this.serverLog);
			}
			if (isHealthy(http, health)) {
				return;
			}
			sleep(Duration.ofMillis(500));
		}
		close();
		throw new IllegalStateException("Elasticsearch not healthy after " + timeout + "; see " + this.serverLog);
	}

	private static boolean isHealthy(HttpClient http, HttpRequest health) {
		try {
			HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Elasticsearch", ex);
		}
	}

	/**
	 * A crashed run can leave its server behind, still holding the data directory. Such a
	 * process is recognised by its installation directory, which is per home, on its
	 * command line ({@code -Des.path.home=...}).
	 */
	private static void stopLeftovers(Path elasticsearchHome) {
		String marker = "-Des.path.home=" + elasticsearchHome;
		List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
			.filter((handle) -> handle.pid() != ProcessHandle.current().pid())
			.filter((handle) -> handle.info().commandLine().map((line) -> line.contains(marker)).orElse(false))
			.toList();
		for (ProcessHandle leftover : leftovers) {
			logger.warn("Stopping Elasticsearch process {} left over by an earlier run", leftover.pid());
			leftover.destroy();
		}
		for (ProcessHandle leftover : leftovers) {
			try {
				leftover.onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				kill(leftover);
			}
		}
	}

	/**
	 * The server user must be able to reach its files. When this JVM is root and the
	 * configured home sits below a directory others cannot enter (e.g. /root), the server
	 * lives in a directory named after the configured home under /var/tmp instead.
	 */
	static Path homeFor(Path configured, ProcessRunner runner) throws IOException {
		if (!runner.switchesUser()) {
			Files.createDirectories(configured);
			return configured;
		}
		if (reachableByOthers(configured)) {
			Files.createDirectories(configured);
			Files.setPosixFilePermissions(configured, PosixFilePermissions.fromString("rwxr-xr-x"));
			return configured;
		}
		Path relocated = Path.of("/var/tmp/grassroots-elasticsearch", digest(configured.toString()));
		Files.createDirectories(relocated);
		Files.setPosixFilePermissions(relocated.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
		logger.info("{} is not reachable by user '{}'; Elasticsearch lives in {}", configured,
				ProcessRunner.SERVER_USER, relocated);
		return relocated;
	}

	private static boolean reachableByOthers(Path path) throws IOException {
		for (Path ancestor = path.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
			if (Files.exists(ancestor)
					&& !Files.getPosixFilePermissions(ancestor).contains(PosixFilePermission.OTHERS_EXECUTE)) {
				return false;
			}
		}
		return true;
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Elasticsearch", ex);
		}
	}

}
