/**
 * How failures become GraphQL errors.
 */
@NullMarked
package org.grassroots.api.error;

import org.jspecify.annotations.NullMarked;
