/**
 * Who may do what where: staff roles and the regional scope that every scoped statement
 * composes into its match.
 */
@NullMarked
package org.grassroots.graph.access;

import org.jspecify.annotations.NullMarked;
