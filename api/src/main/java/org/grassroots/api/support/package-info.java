/**
 * Small pieces the API's features share.
 */
@NullMarked
package org.grassroots.api.support;

import org.jspecify.annotations.NullMarked;
