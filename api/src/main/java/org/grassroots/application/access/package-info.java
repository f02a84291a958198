/**
 * Who is calling: the account, its roles and the regions each role is held in.
 */
@NullMarked
package org.grassroots.application.access;

import org.jspecify.annotations.NullMarked;
