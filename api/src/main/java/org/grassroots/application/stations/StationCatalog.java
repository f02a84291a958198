package org.grassroots.application.stations;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.grassroots.application.listing.OwnedCatalog;
import org.grassroots.graph.station.Station;
import org.grassroots.graph.station.StationFilter;
import org.grassroots.graph.station.StationRelation;
import org.grassroots.graph.station.Stations;

import org.springframework.stereotype.Service;

/**
 * Reading stations and contact points.
 */
@Service
public class StationCatalog extends OwnedCatalog<Station, StationFilter, StationRelation, Stations> {

	StationCatalog(Stations stations) {
		super(stations);
	}

	/** The station that collected each case, in one query. */
	public Map<String, Station> ofCases(Collection<String> caseIds) {
		return this.store.ofCases(caseIds);
	}

	/** The stations of each deputy, in one query. */
	public Map<String, List<Station>> ofRepresentatives(Collection<String> representativeIds) {
		return this.store.ofRepresentatives(representativeIds);
	}

}
