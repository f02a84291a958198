/**
 * GraphQL for stations, contact points and the deputies stationed there.
 */
@NullMarked
package org.grassroots.api.station;

import org.jspecify.annotations.NullMarked;
