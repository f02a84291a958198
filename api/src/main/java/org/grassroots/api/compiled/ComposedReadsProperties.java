package org.grassroots.api.compiled;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Composed reads.
 *
 * @param enabled whether a {@code node} field whose selection the tables know is read in
 * one statement; off, every field is resolved by its own loader, as before
 */
@ConfigurationProperties("grassroots.graphql.composed-reads")
public record ComposedReadsProperties(@DefaultValue("true") boolean enabled) {
}
