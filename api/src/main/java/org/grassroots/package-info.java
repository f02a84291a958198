/**
 * The application's entry point.
 */
@NullMarked
package org.grassroots;

import org.jspecify.annotations.NullMarked;
