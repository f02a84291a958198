package org.grassroots.search.article;

import org.jspecify.annotations.Nullable;

/**
 * Something to offer while a visitor types.
 *
 * @param text what to show and, chosen, to search for
 * @param kind what it is
 * @param slug the article to open, for a title
 */
public record Suggestion(String text, Kind kind, @Nullable String slug) {

	/** What a suggestion names. */
	public enum Kind {

		/** A story's headline. */
		TITLE,
		/** A district, town, village or community. */
		PLACE,
		/** A station or contact point. */
		STATION,
		/** A deputy. */
		DEPUTY,
		/** A topic. */
		TAG

	}

}
