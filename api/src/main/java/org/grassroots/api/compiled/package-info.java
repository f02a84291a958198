/**
 * Requests answered by one statement per root field: the selection is translated into a
 * read plan, the statement returns the answer's shape, and the engine resolves it with
 * map look-ups.
 */
@NullMarked
package org.grassroots.api.compiled;

import org.jspecify.annotations.NullMarked;
