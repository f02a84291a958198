package org.grassroots.graph.cases;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reads cases from the graph.
 */
public interface Cases {

	Optional<Case> findById(String id);

	/**
	 * Cases ordered by id, starting after {@code afterId} (from the start when absent).
	 */
	CasePage page(@Nullable String afterId, int size);

	long count();

}
