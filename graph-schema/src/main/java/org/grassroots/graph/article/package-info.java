/**
 * Articles in the graph: what visitors see of the live ones ({@link ArticleStore}), and
 * the editorial side staff work on ({@link ArticleDesk}): immutable revisions, states,
 * schedules, and the case sheets drafts are written from.
 */
@NullMarked
package org.grassroots.graph.article;

import org.jspecify.annotations.NullMarked;
