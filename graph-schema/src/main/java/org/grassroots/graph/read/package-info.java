/**
 * Reads composed from a request's selection: a plan of what to return from one node and
 * the nodes related to it, rendered as one parameterised Cypher statement.
 */
@NullMarked
package org.grassroots.graph.read;

import org.jspecify.annotations.NullMarked;
