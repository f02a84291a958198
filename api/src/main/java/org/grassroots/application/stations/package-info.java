/**
 * Reading stations, contact points and grids.
 */
@NullMarked
package org.grassroots.application.stations;

import org.jspecify.annotations.NullMarked;
