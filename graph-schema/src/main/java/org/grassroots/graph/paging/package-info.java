/**
 * Keyset pages shared by every list the graph serves.
 */
@NullMarked
package org.grassroots.graph.paging;

import org.jspecify.annotations.NullMarked;
