/**
 * Stewards keep the network up to date: stations and contact points, grids, deputies and
 * where they serve, and consultations on draft laws with their tallies.
 */
@NullMarked
package org.grassroots.application.network;

import org.jspecify.annotations.NullMarked;
