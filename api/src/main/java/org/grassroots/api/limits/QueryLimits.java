package org.grassroots.api.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request limits ({@code grassroots.graphql.limits.*}).
 *
 * @param maxDepth deepest field nesting; GraphiQL's introspection query needs 13, four
 * levels of nested connections 17
 * @param maxComplexity fields counted over the document, each list field's count
 * multiplied by the page size it asks for ({@code first} or {@code last})
 * @param maxAliases aliased fields per document
 * @param maxExpandedFields fields of the document once its fragments are expanded (each
 * spread replaced by its fragment): a few fragments spreading each other twice stand for
 * millions of fields
 * @param maxCharacters characters per document
 * @param maxTokens parser tokens per document
 * @param requestTimeout time budget of one request: past it the caller gets an
 * {@code UNAVAILABLE} error instead of waiting on. Each store's own deadline (Neo4j's
 * transaction timeout, Elasticsearch's socket timeout) is shorter, so a slow store is
 * reported on its field first
 */
@ConfigurationProperties("grassroots.graphql.limits")
public record QueryLimits(@DefaultValue("20") int maxDepth, @DefaultValue("20000") int maxComplexity,
		@DefaultValue("30") int maxAliases, @DefaultValue("5000") int maxExpandedFields,
		@DefaultValue("20000") int maxCharacters, @DefaultValue("5000") int maxTokens,
		@DefaultValue("5s") Duration requestTimeout) {
}
