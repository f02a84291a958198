/**
 * Versioned Cypher migrations applied at start-up.
 */
@NullMarked
package org.grassroots.graph.migration;

import org.jspecify.annotations.NullMarked;
