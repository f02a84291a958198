/**
 * Reading and searching published articles.
 */
@NullMarked
package org.grassroots.application.articles;

import org.jspecify.annotations.NullMarked;
