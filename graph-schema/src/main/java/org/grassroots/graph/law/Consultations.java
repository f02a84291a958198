package org.grassroots.graph.law;

import java.util.List;

import org.grassroots.graph.paging.Listing;
import org.grassroots.graph.paging.OwnedListing;

/**
 * Reads consultations and what they collected.
 */
public interface Consultations extends Listing<Consultation, ConsultationFilter>,
		OwnedListing<Consultation, ConsultationFilter, ConsultationRelation> {

	/**
	 * Opinions submitted and adopted per law or per contact point, in key order, in one
	 * query.
	 */
	List<ConsultationTally> tallies(ConsultationFilter filter, ConsultationTally.Grouping grouping);

}
