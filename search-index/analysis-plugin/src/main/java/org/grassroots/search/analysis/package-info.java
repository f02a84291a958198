/**
 * Elasticsearch analysis components for Chinese text, loaded through the stable plugin
 * API.
 */
@NullMarked
package org.grassroots.search.analysis;

import org.jspecify.annotations.NullMarked;
