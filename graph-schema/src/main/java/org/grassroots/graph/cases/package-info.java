/**
 * Cases: micro-projects, deputies' suggestions, opinions on draft laws, voted livelihood
 * projects and supervision cases.
 */
@NullMarked
package org.grassroots.graph.cases;

import org.jspecify.annotations.NullMarked;
