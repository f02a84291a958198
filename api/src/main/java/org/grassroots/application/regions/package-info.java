/**
 * Reading the region hierarchy.
 */
@NullMarked
package org.grassroots.application.regions;

import org.jspecify.annotations.NullMarked;
