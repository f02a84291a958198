package org.grassroots.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.grassroots.GrassrootsApplication;
import org.grassroots.graph.generator.GenerateCommand;
import org.grassroots.graph.generator.Preset;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a benchmark runs it: on a generated graph in
 * {@code data/bench/<preset>} (generated first when the store lacks it, by the generator
 * with its own settings), on a free port, logging warnings only.
 *
 * @param context the running application
 * @param preset the generated graph's preset
 * @param port the HTTP port it listens on
 */
record BenchApplication(ConfigurableApplicationContext context, Preset preset, int port) implements AutoCloseable {

	static BenchApplication start(String[] args) {
		String presetName = (args.length > 0 && !args[0].startsWith("--")) ? args[0] : "city";
		Preset preset = Preset.named(presetName);
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--grassroots.demo-data.load=never",
				"--logging.level.root=WARN", "--logging.level.org.grassroots=INFO"));
		if (Stream.of(args).noneMatch((argument) -> argument.startsWith("--grassroots.neo4j.directory="))) {
			// A repeated option would reach Spring as both values joined by a comma
			all.add("--grassroots.neo4j.directory=data/bench/" + preset.name());
		}
		if (Stream.of(args).noneMatch((argument) -> argument.startsWith("--grassroots.elasticsearch.home="))) {
			// The benchmark publishes stories: its index must not be the one the
			// application's own graph is searched in
			all.add("--grassroots.elasticsearch.home=data/bench/elasticsearch");
		}
		if (preset.cases() > Preset.CITY.cases()) {
			// Stores of millions of nodes: Neo4j sizes its page cache itself
			all.add("--grassroots.neo4j.page-cache=0");
		}
		Stream.of(args).filter((argument) -> argument.startsWith("--")).forEach(all::add);
		List<String> generate = new ArrayList<>(List.of(preset.name()));
		all.stream().filter((argument) -> argument.startsWith("--grassroots.neo4j.")).forEach(generate::add);
		try {
			GenerateCommand.main(generate.toArray(String[]::new));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		ConfigurableApplicationContext context = SpringApplication.run(GrassrootsApplication.class,
				all.toArray(String[]::new));
		return new BenchApplication(context, preset, ((WebServerApplicationContext) context).getWebServer().getPort());
	}

	String property(String name, String fallback) {
		return this.context.getEnvironment().getProperty(name, fallback);
	}

	/** Where reports go: beside the store. */
	Path report(String suffix) {
		String directory = this.context.getEnvironment().getRequiredProperty("grassroots.neo4j.directory");
		return Path.of(directory).resolveSibling(this.preset.name() + suffix);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
