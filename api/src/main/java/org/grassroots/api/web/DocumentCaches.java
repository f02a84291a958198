package org.grassroots.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many parsed and validated documents are kept ({@code grassroots.graphql.*}); the
 * least recently used go first, so clients cannot grow either cache without bound.
 *
 * @param persistedQueries automatic persisted queries, by their hash
 * @param documentCache other valid documents, by their text
 */
@ConfigurationProperties("grassroots.graphql")
public record DocumentCaches(@DefaultValue PersistedQueries persistedQueries, @DefaultValue Cache documentCache) {

	/**
	 * @param capacity documents kept
	 */
	public record PersistedQueries(@DefaultValue("10000") int capacity) {
	}

	/**
	 * @param capacity documents kept
	 */
	public record Cache(@DefaultValue("1000") int capacity) {
	}

}
