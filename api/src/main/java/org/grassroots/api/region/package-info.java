/**
 * GraphQL for the region hierarchy.
 */
@NullMarked
package org.grassroots.api.region;

import org.jspecify.annotations.NullMarked;
