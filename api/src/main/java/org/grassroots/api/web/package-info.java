/**
 * The offline GraphiQL page.
 */
@NullMarked
package org.grassroots.api.web;

import org.jspecify.annotations.NullMarked;
