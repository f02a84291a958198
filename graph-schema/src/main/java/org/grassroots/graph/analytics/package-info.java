/**
 * Search analytics: what visitors searched, counted per day and query, nothing about who.
 */
@NullMarked
package org.grassroots.graph.analytics;

import org.jspecify.annotations.NullMarked;
