/**
 * Staff accounts: who they are, the roles they hold where, their passwords.
 */
@NullMarked
package org.grassroots.application.accounts;

import org.jspecify.annotations.NullMarked;
