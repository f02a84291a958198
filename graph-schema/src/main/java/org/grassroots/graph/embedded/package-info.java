/**
 * Neo4j embedded in the application process, started when no external
 * {@code spring.neo4j.uri} is configured.
 */
@NullMarked
package org.grassroots.graph.embedded;

import org.jspecify.annotations.NullMarked;
