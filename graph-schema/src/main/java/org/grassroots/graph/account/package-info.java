/**
 * Staff accounts stored in the graph.
 */
@NullMarked
package org.grassroots.graph.account;

import org.jspecify.annotations.NullMarked;
