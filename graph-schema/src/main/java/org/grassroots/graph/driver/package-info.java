/**
 * How the Neo4j driver talks to the database, embedded or external.
 */
@NullMarked
package org.grassroots.graph.driver;

import org.jspecify.annotations.NullMarked;
