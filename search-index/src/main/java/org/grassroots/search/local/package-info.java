/**
 * A real Elasticsearch run as a child process of the application, started when no
 * external {@code spring.elasticsearch.uris} is configured.
 */
@NullMarked
package org.grassroots.search.local;

import org.jspecify.annotations.NullMarked;
