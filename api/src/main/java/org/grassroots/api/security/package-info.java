/**
 * Staff accounts, sign-in and bearer tokens.
 */
@NullMarked
package org.grassroots.api.security;

import org.jspecify.annotations.NullMarked;
