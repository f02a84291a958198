package org.grassroots.graph.representative;

import java.time.LocalDate;
import java.util.Set;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.grassroots.graph.access.Scope;
import org.grassroots.graph.representative.DutyVisitLog.Outcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visit is written only where the caller's scope reaches the station (or grid), and
 * only for a deputy who exists.
 */
class DutyVisitLogIT extends Neo4jIntegrationTest {

	private static final Scope PENGJIANG = Scope.of(Set.of("jm-pengjiang"));

	@Autowired
	DutyVisitLog log;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aVisitAtAStationInScopeIsLoggedWithTheStationsRegion() {
		var logged = this.log.log(visit("log-in-scope", "rep-zhang-yuan", "st-pengjiang-hetang-center"), PENGJIANG);

		assertThat(logged).isEqualTo(new DutyVisitLog.Logged(Outcome.LOGGED, "jm-pengjiang-hetang"));
		assertThat(visits("log-in-scope")).isEqualTo(1);
	}

	@Test
	void aVisitAtAStationOutOfScopeOrOfAnUnknownDeputyWritesNothing() {
		var outOfScope = this.log.log(visit("log-out-of-scope", "rep-zhang-yuan", "st-heshan-lvyin"), PENGJIANG);
		var unknownDeputy = this.log.log(visit("log-nobody", "rep-nobody", "st-pengjiang-hetang-center"), PENGJIANG);
		var nowhere = this.log.log(visit("log-nowhere", "rep-zhang-yuan", "st-pengjiang-hetang-center"), Scope.NOWHERE);

		assertThat(outOfScope.outcome()).isEqualTo(Outcome.PLACE_NOT_IN_SCOPE);
		assertThat(unknownDeputy.outcome()).isEqualTo(Outcome.NO_SUCH_DEPUTY);
		assertThat(nowhere.outcome()).isEqualTo(Outcome.PLACE_NOT_IN_SCOPE);
		assertThat(visits("log-out-of-scope") + visits("log-nobody") + visits("log-nowhere")).isZero();
	}

	private static DutyVisit visit(String id, String deputy, String station) {
		return new DutyVisit(id, deputy, LocalDate.of(2026, 6, 1), VisitKind.STATION_RECEPTION, station);
	}

	private long visits(String id) {
		return this.neo4j.query("MATCH (v:DutyVisit {id: $id}) RETURN count(v)")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

}
