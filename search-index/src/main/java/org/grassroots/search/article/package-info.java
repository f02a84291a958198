/**
 * The public article index: documents, mapping, indexing and Chinese full-text search.
 */
@NullMarked
package org.grassroots.search.article;

import org.jspecify.annotations.NullMarked;
