/**
 * GraphQL for cases.
 */
@NullMarked
package org.grassroots.api.cases;

import org.jspecify.annotations.NullMarked;
