/**
 * What every feature's reads share: a catalog that lists, pages and counts one kind of
 * record, for the controllers that are not allowed to reach the stores themselves.
 */
@NullMarked
package org.grassroots.application.listing;

import org.jspecify.annotations.NullMarked;
