/**
 * Reading the audit trail, within the reader's regions.
 */
@NullMarked
package org.grassroots.application.audit;

import org.jspecify.annotations.NullMarked;
