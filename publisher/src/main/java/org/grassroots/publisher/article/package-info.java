/**
 * Public showcase articles told from cases: building, sanitizing, storing and handing
 * them to search.
 */
@NullMarked
package org.grassroots.publisher.article;

import org.jspecify.annotations.NullMarked;
