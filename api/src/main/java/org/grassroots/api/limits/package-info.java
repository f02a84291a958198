/**
 * Limits that keep a request from asking too much: depth, complexity, aliases and
 * document size, all checked before anything is fetched.
 */
@NullMarked
package org.grassroots.api.limits;

import org.jspecify.annotations.NullMarked;
