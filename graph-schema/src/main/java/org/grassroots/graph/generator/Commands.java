package org.grassroots.graph.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the graph module alone (no web server, no search) for a command-line tool.
 */
final class Commands {

	private static final String GRAPHQL = "org.springframework.boot.graphql.autoconfigure.GraphQlAutoConfiguration";

	private Commands() {
	}

	/**
	 * The demo data stays out unless asked for: given as an argument, so it overrides the
	 * application's own configuration.
	 */
	static ConfigurableApplicationContext start(String[] args, String... defaults) {
		List<String> arguments = new ArrayList<>(Arrays.asList(args));
		if (arguments.stream().noneMatch((argument) -> argument.startsWith("--grassroots.demo-data.load"))) {
			arguments.addFirst("--grassroots.demo-data.load=never");
		}
		return new SpringApplicationBuilder(GenerateCommand.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off")
			// Run from the application's jar, the API's schema is on the class path: no
			// GraphQL here
			.properties("spring.autoconfigure.exclude=" + GRAPHQL)
			// Generated batches are large and long: no transaction limits; a store of
			// millions of nodes wants Neo4j's own page-cache sizing
			.properties("grassroots.neo4j.transaction-timeout=0s", "grassroots.neo4j.transaction-memory=0",
					"grassroots.neo4j.transaction-memory-total=0", "grassroots.neo4j.page-cache=0")
			.properties(defaults)
			.run(arguments.toArray(String[]::new));
	}

}
