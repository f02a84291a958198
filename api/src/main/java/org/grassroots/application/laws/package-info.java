/**
 * Reading laws, drafts and the consultations held on them.
 */
@NullMarked
package org.grassroots.application.laws;

import org.jspecify.annotations.NullMarked;
