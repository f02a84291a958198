/**
 * The staff console: a page in the browser for stewards, editors, publishers and
 * administrators, a client of the GraphQL API like any other, so that it can do nothing
 * the API would not let the signed-in account do.
 */
@NullMarked
package org.grassroots.console;

import org.jspecify.annotations.NullMarked;
