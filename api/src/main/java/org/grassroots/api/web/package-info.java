/**
 * The HTTP side of the API: the offline GraphiQL page, GET requests, automatic persisted
 * queries and the cache of parsed documents.
 */
@NullMarked
package org.grassroots.api.web;

import org.jspecify.annotations.NullMarked;
