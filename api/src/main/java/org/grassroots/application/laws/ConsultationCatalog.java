package org.grassroots.application.laws;

import java.util.List;

import org.grassroots.application.listing.OwnedCatalog;
import org.grassroots.graph.law.Consultation;
import org.grassroots.graph.law.ConsultationFilter;
import org.grassroots.graph.law.ConsultationRelation;
import org.grassroots.graph.law.ConsultationTally;
import org.grassroots.graph.law.Consultations;

import org.springframework.stereotype.Service;

/**
 * Reading consultations on draft laws and their tallies.
 */
@Service
public class ConsultationCatalog
		extends OwnedCatalog<Consultation, ConsultationFilter, ConsultationRelation, Consultations> {

	ConsultationCatalog(Consultations consultations) {
		super(consultations);
	}

	/** Opinions submitted and adopted, grouped. */
	public List<ConsultationTally> tallies(ConsultationFilter filter, ConsultationTally.Grouping grouping) {
		return this.store.tallies(filter, grouping);
	}

}
