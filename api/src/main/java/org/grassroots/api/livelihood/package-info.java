/**
 * Voted livelihood projects over GraphQL.
 */
@NullMarked
package org.grassroots.api.livelihood;

import org.jspecify.annotations.NullMarked;
