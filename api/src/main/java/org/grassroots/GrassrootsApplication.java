package org.grassroots;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Grassroots application: the graph, the publisher and search behind one GraphQL API.
 * Scanning starts at {@code org.grassroots} so every module's components take part.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GrassrootsApplication {

	public static void main(String[] args) {
		SpringApplication.run(GrassrootsApplication.class, args);
	}

}
