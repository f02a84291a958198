/**
 * {@code ./grassroots bench <preset>}: the read API's benchmark, five frontend pages over
 * HTTP against hand-written Cypher through the driver.
 */
@NullMarked
package org.grassroots.bench;

import org.jspecify.annotations.NullMarked;
