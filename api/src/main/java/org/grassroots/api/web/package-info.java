/**
 * The HTTP side of the API: the offline GraphiQL page and automatic persisted queries.
 */
@NullMarked
package org.grassroots.api.web;

import org.jspecify.annotations.NullMarked;
