/**
 * The demo dataset curated from the Jiangmen seed documents.
 */
@NullMarked
package org.grassroots.graph.demo;

import org.jspecify.annotations.NullMarked;
