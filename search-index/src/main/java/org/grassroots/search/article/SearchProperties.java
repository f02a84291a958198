package org.grassroots.search.article;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of visitor search ({@code grassroots.search.*}).
 *
 * @param synonymsFile the synonym rules the query analyzer applies; by default the
 * reviewed file shipped in the application ({@code search/synonyms.txt}). Point it at a
 * changed copy and reload the synonyms to apply new rules without reindexing.
 */
@ConfigurationProperties("grassroots.search")
public record SearchProperties(@Nullable Path synonymsFile) {

}
