/**
 * GraphQL for publishing and searching articles.
 */
@NullMarked
package org.grassroots.api.article;

import org.jspecify.annotations.NullMarked;
