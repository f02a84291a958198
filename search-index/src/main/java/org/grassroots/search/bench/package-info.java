/**
 * What the benchmark asks of the index directly: whether a publication is searchable yet,
 * and a write outage on demand. Never part of the running application.
 */
@NullMarked
package org.grassroots.search.bench;

import org.jspecify.annotations.NullMarked;
