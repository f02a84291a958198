/**
 * Liaison stations (联络站), contact points and the governance grids (网格) they cover.
 */
@NullMarked
package org.grassroots.graph.station;

import org.jspecify.annotations.NullMarked;
