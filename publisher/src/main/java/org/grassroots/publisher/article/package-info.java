/**
 * The editorial rules of public showcase articles, as pure functions: the body's
 * allowlist and its plain text and outline, first drafts written from the graph with each
 * fact's source, the checks before publishing, and the differences between revisions.
 */
@NullMarked
package org.grassroots.publisher.article;

import org.jspecify.annotations.NullMarked;
