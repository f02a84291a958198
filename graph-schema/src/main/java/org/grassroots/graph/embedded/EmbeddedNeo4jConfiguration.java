package org.grassroots.graph.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j in-process unless {@code spring.neo4j.uri} points at an external server.
 * Boot builds the driver from the connection details, so the driver only exists once the
 * database is up and its real Bolt port is known.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4jServer embeddedNeo4jServer(EmbeddedNeo4jProperties properties) {
		return new EmbeddedNeo4jServer(properties.directory(), properties.boltPort(), properties.password(),
				properties.limits());
	}

	/**
	 * After the start-up work ({@code StartupOrder}), which a cold server may take longer
	 * for.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> neo4jTransactionLimits(EmbeddedNeo4jServer server) {
		return (event) -> server.enforceTransactionLimits();
	}

	/**
	 * The database itself, for reads outside a mutation ({@code CypherReads},
	 * {@code ReadRows}): they run in its own transactions, without the driver. Writes,
	 * and reads inside a mutation, go through the driver, whose transactions Spring
	 * manages.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "grassroots.neo4j.in-process-reads", matchIfMissing = true)
	GraphDatabaseService inProcessNeo4j(EmbeddedNeo4jServer server) {
		return server.database();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return server.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic(EmbeddedNeo4jServer.USER, server.password());
			}
		};
	}

}
