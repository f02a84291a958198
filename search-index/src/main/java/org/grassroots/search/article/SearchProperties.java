package org.grassroots.search.article;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of visitor search ({@code grassroots.search.*}).
 *
 * @param synonymsFile the synonym rules the query analyzer applies; by default the
 * reviewed file shipped in the application ({@code search/synonyms.txt}). Point it at a
 * changed copy and reload the synonyms to apply new rules without reindexing.
 * @param administrationTimeout how long a change to the indices themselves (creating one,
 * moving an alias, changing settings or mappings, deleting one) may take before it counts
 * as failed. Such changes wait for the cluster to apply them and to load the analysis
 * plugin's dictionaries, which on a busy machine takes seconds; a visitor's search or a
 * delivery keeps the short {@code spring.elasticsearch.socket-timeout}.
 */
@ConfigurationProperties("grassroots.search")
public record SearchProperties(@Nullable Path synonymsFile, @DefaultValue("60s") Duration administrationTimeout) {

}
