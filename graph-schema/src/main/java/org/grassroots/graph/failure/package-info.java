/**
 * What a failed graph statement means for its caller.
 */
@NullMarked
package org.grassroots.graph.failure;

import org.jspecify.annotations.NullMarked;
