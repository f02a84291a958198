/**
 * Reads composed from a request's selection, one statement each.
 */
@NullMarked
package org.grassroots.application.reads;

import org.jspecify.annotations.NullMarked;
