/**
 * The publishing workflow: stories drafted from the graph, edited in immutable revisions,
 * reviewed by someone other than their last editor, checked for private data, published,
 * scheduled, previewed and taken down. Every step is one transaction that writes its
 * audit event and its domain events (the outbox) with the change.
 */
@NullMarked
package org.grassroots.application.publishing;

import org.jspecify.annotations.NullMarked;
