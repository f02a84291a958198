package org.grassroots.graph.representative;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A deputy.
 *
 * @param id business key
 * @param name their name
 * @param levels the congresses they sit in
 * @param sector their sector or occupation, if known
 * @param profile public profile
 * @param contact contact details: staff-only
 * @param version raised by every change, for optimistic locking
 */
public record Representative(String id, String name, List<CongressLevel> levels, @Nullable String sector,
		@Nullable String profile, @Nullable String contact, long version) {

	public Representative {
		levels = List.copyOf(levels);
	}

}
