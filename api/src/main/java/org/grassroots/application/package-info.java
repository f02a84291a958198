/**
 * The application layer: one service per feature, which the GraphQL controllers call and
 * nothing else does. A service takes the
 * {@link org.grassroots.application.access.Caller}, runs each mutation in one graph
 * transaction, composes the caller's scope into every statement, and writes the audit
 * trail and domain events in that same transaction.
 */
@NullMarked
package org.grassroots.application;

import org.jspecify.annotations.NullMarked;
