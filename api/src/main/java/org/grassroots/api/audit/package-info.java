/**
 * The audit trail over GraphQL.
 */
@NullMarked
package org.grassroots.api.audit;

import org.jspecify.annotations.NullMarked;
