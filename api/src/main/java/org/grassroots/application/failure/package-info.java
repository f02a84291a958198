/**
 * Refusals every service may raise; the API maps each to one error classification.
 */
@NullMarked
package org.grassroots.application.failure;

import org.jspecify.annotations.NullMarked;
