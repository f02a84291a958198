package org.grassroots.graph.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.graph.paging.Page;
import org.jspecify.annotations.Nullable;

/**
 * Reads cases from the graph.
 */
public interface Cases {

	Optional<Case> findById(String id);

	/**
	 * The cases with these ids, in one query; unknown ids are left out.
	 */
	List<Case> findByIds(Collection<String> ids);

	/**
	 * Cases matching the filter, ordered by id, starting after {@code afterId} (from the
	 * start when absent). Paging by id keeps pages stable when cases are added.
	 */
	Page<Case> page(CaseFilter filter, @Nullable String afterId, int size);

	/**
	 * The {@code size} matching items just before {@code beforeId} (the last ones when
	 * absent), in id order; {@code hasNext} says whether more come before them.
	 */
	Page<Case> pageBackward(CaseFilter filter, @Nullable String beforeId, int size);

	long count(CaseFilter filter);

	/** Totals and counts per status, kind, month and district, in one query. */
	CaseStatistics statistics(CaseFilter filter);

	/**
	 * The timelines of these cases in one query, each in order; cases without one are
	 * left out.
	 */
	Map<String, List<Stage>> timelines(Collection<String> caseIds);

}
