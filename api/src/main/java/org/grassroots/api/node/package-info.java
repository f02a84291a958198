/**
 * The {@code Node} interface: global ids, {@code node} and {@code nodes}, and the scalars
 * every type shares.
 */
@NullMarked
package org.grassroots.api.node;

import org.jspecify.annotations.NullMarked;
