/**
 * The region hierarchy: province, city, district or county-level city, town or street,
 * village or community.
 */
@NullMarked
package org.grassroots.graph.region;

import org.jspecify.annotations.NullMarked;
