package org.grassroots.graph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j server.
 *
 * @param directory where the database lives; survives restarts
 * @param boltPort Bolt port on 127.0.0.1; 0 picks a free one
 */
@ConfigurationProperties("grassroots.neo4j")
record EmbeddedNeo4jProperties(@DefaultValue("data/neo4j") Path directory, @DefaultValue("0") int boltPort) {
}
