/**
 * Small pieces the graph and the API share.
 */
@NullMarked
package org.grassroots.graph.support;

import org.jspecify.annotations.NullMarked;
