package org.grassroots.graph.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./grassroots generate <preset> [--seed=N] [--cases=N]}: generates a synthetic
 * graph into the embedded database ({@code grassroots.neo4j.directory}) or the server at
 * {@code spring.neo4j.uri}, then reports what it wrote, how long it took and, when
 * embedded, the store's size on disk.
 */
@SpringBootApplication(scanBasePackages = "org.grassroots.graph")
public class GenerateCommand {

	private static final Logger logger = LoggerFactory.getLogger(GenerateCommand.class);

	public static void main(String[] args) throws IOException {
		try (ConfigurableApplicationContext context = Commands.start(args)) {
			ApplicationArguments arguments = context.getBean(ApplicationArguments.class);
			Preset preset = Preset.named(arguments.getNonOptionArgs().stream().findFirst().orElse("small"));
			if (arguments.containsOption("cases")) {
				preset = preset.withCases(Long.parseLong(arguments.getOptionValues("cases").getFirst()));
			}
			long seed = arguments.containsOption("seed") ? Long.parseLong(arguments.getOptionValues("seed").getFirst())
					: 42;
			long started = System.nanoTime();
			GraphGenerator.Counts counts = context.getBean(GraphGenerator.class).generate(preset, seed);
			logger.info("Generated '{}' (seed {}) in {} s: {}", preset.name(), seed,
					Duration.ofNanos(System.nanoTime() - started).toSeconds(), counts.byKind());
			String directory = context.getEnvironment().getProperty("grassroots.neo4j.directory");
			if (directory != null && context.getEnvironment().getProperty("spring.neo4j.uri") == null) {
				logger.info("Store size: {} MB in {}", size(Path.of(directory)) / (1024 * 1024), directory);
			}
		}
	}

	private static long size(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

}
