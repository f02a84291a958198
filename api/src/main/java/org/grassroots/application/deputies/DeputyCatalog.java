package org.grassroots.application.deputies;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.grassroots.application.listing.OwnedCatalog;
import org.grassroots.graph.representative.DutyCompliances.DeputyCompliance;
import org.grassroots.graph.representative.DutyCompliances.GroupCompliance;
import org.grassroots.graph.representative.DutyCompliances;
import org.grassroots.graph.representative.Representative;
import org.grassroots.graph.representative.RepresentativeFilter;
import org.grassroots.graph.representative.RepresentativeRelation;
import org.grassroots.graph.representative.Representatives;

import org.springframework.stereotype.Service;

/**
 * Reading deputies and how they meet the duty-visit rule.
 */
@Service
public class DeputyCatalog
		extends OwnedCatalog<Representative, RepresentativeFilter, RepresentativeRelation, Representatives> {

	private final DutyCompliances compliances;

	DeputyCatalog(Representatives representatives, DutyCompliances compliances) {
		super(representatives);
		this.compliances = compliances;
	}

	/** The deputies who raised each case, in one query. */
	public Map<String, List<Representative>> raisersOfCases(Collection<String> caseIds) {
		return this.store.raisersOfCases(caseIds);
	}

	public Optional<DeputyCompliance> complianceOfDeputy(String representativeId, LocalDate from, LocalDate to) {
		return this.compliances.ofRepresentative(representativeId, from, to);
	}

	public GroupCompliance complianceOfStation(String stationId, LocalDate from, LocalDate to) {
		return this.compliances.ofStation(stationId, from, to);
	}

	public GroupCompliance complianceOfRegion(String regionId, LocalDate from, LocalDate to) {
		return this.compliances.ofRegion(regionId, from, to);
	}

}
