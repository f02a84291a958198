/**
 * Relay connection building blocks and page-size rules shared by every list.
 */
@NullMarked
package org.grassroots.api.paging;

import org.jspecify.annotations.NullMarked;
