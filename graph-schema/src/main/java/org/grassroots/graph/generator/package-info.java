/**
 * A deterministic generator of synthetic grassroots graphs for tests and benchmarks.
 */
@NullMarked
package org.grassroots.graph.generator;

import org.jspecify.annotations.NullMarked;
