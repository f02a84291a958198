/**
 * The hand-written Cypher the API benchmark compares itself with: each frontend page as
 * one query, and the sample keys the pages are asked for.
 */
@NullMarked
package org.grassroots.graph.bench;

import org.jspecify.annotations.NullMarked;
