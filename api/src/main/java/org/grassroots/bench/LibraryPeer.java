package org.grassroots.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.grassroots.graph.bench.BenchmarkSamples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Neo4j GraphQL Library as a peer: {@code bench/library-peer/} (type definitions for
 * the same graph and a bare HTTP server) installed from the npm registry into
 * {@code data/bench/library-peer} by the benchmark itself, then run with Node.js against
 * the embedded database over Bolt. It serves the three node pages; the case list and the
 * dashboard need region paths and groupings its generated API does not express.
 */
final class LibraryPeer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LibraryPeer.class);

	static final String STATION = """
			query($id: String!) { stations(where: {id: {eq: $id}}) { id name kind openedOn
			  representativesConnection(first: 20, sort: [{node: {id: ASC}}]) { totalCount edges { node { id name levels
			    casesConnection(first: 5, sort: [{node: {raisedOn: DESC}}, {node: {id: DESC}}]) {
			      edges { node { id title status raisedOn } } } } } } } }""";

	static final String DEPUTY = """
			query($id: String!) { representatives(where: {id: {eq: $id}}) { id name levels profile
			  stations(sort: [{id: ASC}]) { id name kind }
			  casesConnection(first: 10, sort: [{node: {raisedOn: DESC}}, {node: {id: DESC}}]) { totalCount
			    edges { node { id title kind status raisedOn region { name } } } } } }""";

	static final String VILLAGE = """
			query($id: String!) { regions(where: {id: {eq: $id}}) { id name kind parent { name }
			  grids { id name size } gridCount
			  stations { id name kind }
			  casesConnection(first: 10, sort: [{node: {raisedOn: DESC}}, {node: {id: DESC}}]) { totalCount
			    edges { node { id title status raisedOn } } } } }""";

	private final Process node;

	private final PlainHttp client;

	private LibraryPeer(Process node, int port) {
		this.node = node;
		this.client = new PlainHttp(port);
	}

	/**
	 * Installs the peer when its package list changed, and starts it.
	 * @param home where it is installed, e.g. {@code data/bench/library-peer}
	 */
	static LibraryPeer start(Path home, URI bolt, String password) throws IOException, InterruptedException {
		Path source = Path.of("bench", "library-peer");
		Files.createDirectories(home);
		Path packages = home.resolve("package.json");
		boolean changed = !Files.exists(packages) || !Files.exists(home.resolve("node_modules"))
				|| Files.mismatch(packages, source.resolve("package.json")) != -1;
		Files.copy(source.resolve("package.json"), packages, StandardCopyOption.REPLACE_EXISTING);
		Files.copy(source.resolve("server.mjs"), home.resolve("server.mjs"), StandardCopyOption.REPLACE_EXISTING);
		if (changed) {
			logger.info("Installing the Neo4j GraphQL Library from the npm registry into {}", home);
			run(home, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
		}
		ProcessBuilder builder = new ProcessBuilder("node", "server.mjs").directory(home.toFile())
			.redirectErrorStream(true);
		builder.environment().put("BOLT_URI", bolt.toString());
		builder.environment().put("NEO4J_PASSWORD", password);
		Process node = builder.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			if (line.startsWith("listening ")) {
				Thread.ofVirtual().start(() -> out.lines().forEach((more) -> logger.info("library peer: {}", more)));
				return new LibraryPeer(node, Integer.parseInt(line.substring("listening ".length()).strip()));
			}
			logger.info("library peer: {}", line);
		}
		throw new IllegalStateException("The library peer stopped before listening: exit " + node.waitFor());
	}

	private static void run(Path directory, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed in " + directory);
		}
	}

	/** The node pages, in {@link FrontendPages#NAMES}' order; null where it has none. */
	List<Load.Request> pages(BenchmarkSamples samples) {
		return List.of((n) -> post(STATION, FrontendPages.pick(samples.stations(), n)),
				(n) -> post(DEPUTY, FrontendPages.pick(samples.deputies(), n)),
				(n) -> post(VILLAGE, FrontendPages.pick(samples.villages(), n)));
	}

	/** The answer's body; throws unless it is data without errors. */
	String post(String document, String key) throws IOException {
		String body = "{\"query\":" + GraphQlHttp.json(document) + ",\"variables\":{\"id\":" + GraphQlHttp.json(key)
				+ "}}";
		PlainHttp.Response response = this.client.post("/graphql", Map.of("Content-Type", "application/json"), body);
		if (response.status() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("The library answered " + response.status() + ": " + response.body());
		}
		return response.body();
	}

	@Override
	public void close() {
		this.node.destroy();
	}

}
