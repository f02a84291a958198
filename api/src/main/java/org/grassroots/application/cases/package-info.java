/**
 * Recording and advancing cases, within the caller's regions.
 */
@NullMarked
package org.grassroots.application.cases;

import org.jspecify.annotations.NullMarked;
