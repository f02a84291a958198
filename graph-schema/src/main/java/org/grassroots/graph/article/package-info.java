/**
 * Published articles stored in the graph, linked to the case they tell.
 */
@NullMarked
package org.grassroots.graph.article;

import org.jspecify.annotations.NullMarked;
