/**
 * Laws, drafts and the consultations that collect opinions on them.
 */
@NullMarked
package org.grassroots.api.law;

import org.jspecify.annotations.NullMarked;
