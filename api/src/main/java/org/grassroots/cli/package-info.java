/**
 * Commands that talk to a running application over its API, as an administrator: the
 * search index's rebuild and check. They start no Spring context.
 */
@NullMarked
package org.grassroots.cli;

import org.jspecify.annotations.NullMarked;
