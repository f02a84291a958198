/**
 * Laws, local regulations and drafts, and the consultations that collect opinions on
 * them.
 */
@NullMarked
package org.grassroots.graph.law;

import org.jspecify.annotations.NullMarked;
