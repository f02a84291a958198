/**
 * The public showcase site: server-rendered pages for visitors (search, stories,
 * districts), built from the GraphQL API's own answers, so that they show exactly what
 * the API shows an anonymous caller and nothing else.
 */
@NullMarked
package org.grassroots.site;

import org.jspecify.annotations.NullMarked;
