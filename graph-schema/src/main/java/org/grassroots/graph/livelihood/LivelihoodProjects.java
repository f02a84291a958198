package org.grassroots.graph.livelihood;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.graph.access.Scope;
import org.grassroots.graph.paging.Listing;

/**
 * Voted livelihood projects in the graph: read by anyone, changed by stewards whose
 * regions cover the congress that votes on them.
 */
public interface LivelihoodProjects extends Listing<LivelihoodProject, LivelihoodFilter> {

	/** The sub-items of these projects, each project's in order, in one query. */
	Map<String, List<ProjectItem>> items(Collection<String> projectIds);

	/** The keys of the cases delivering each project, in one query. */
	Map<String, List<String>> deliveries(Collection<String> projectIds);

	/** Totals over the projects the filter's years hold. */
	LivelihoodStatistics statistics(LivelihoodFilter filter);

	/**
	 * Takes the project's write lock for the transaction and reads it, if its region lies
	 * in scope.
	 */
	Optional<LivelihoodProject> lock(String id, Scope scope);

	/** Records a candidate at version 1, voted on by the region's congress. */
	void create(String id, Map<String, Object> properties, String regionId);

	/** Sets the properties and raises the version. */
	void update(String id, Map<String, Object> changes);

	/** Appends a sub-item, adds its budget to the project's and raises the version. */
	void addItem(String id, ProjectItem item);

	/**
	 * Links a case as (part of) the project's delivery and raises the version.
	 * @return whether a live case with that key exists
	 */
	boolean addDelivery(String id, String caseId);

}
