/**
 * Staff accounts over GraphQL: who am I, and what administrators change.
 */
@NullMarked
package org.grassroots.api.account;

import org.jspecify.annotations.NullMarked;
