/**
 * Deputies' duty visits.
 */
@NullMarked
package org.grassroots.application.deputies;

import org.jspecify.annotations.NullMarked;
