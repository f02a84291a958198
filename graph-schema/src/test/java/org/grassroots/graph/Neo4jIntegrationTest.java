package org.grassroots.graph;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the graph module's integration tests: the whole module against the shared
 * Neo4j.
 */
@SpringBootTest(classes = GraphTestApplication.class, properties = "grassroots.demo-data.load=always")
public abstract class Neo4jIntegrationTest {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		SharedNeo4j.register(registry);
	}

}
