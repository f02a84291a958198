/**
 * One model for changing the grassroots graph's own records (stations, grids, deputies,
 * consultations): each kind says how it reaches its region, and every change locks the
 * record within the caller's scope first.
 */
@NullMarked
package org.grassroots.graph.editing;

import org.jspecify.annotations.NullMarked;
