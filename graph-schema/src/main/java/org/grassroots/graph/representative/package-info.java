/**
 * Deputies (人大代表) of the five congress levels, their duty visits and the frequency rules
 * that make compliance computable.
 */
@NullMarked
package org.grassroots.graph.representative;

import org.jspecify.annotations.NullMarked;
