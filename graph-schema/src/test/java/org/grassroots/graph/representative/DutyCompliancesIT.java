package org.grassroots.graph.representative;

import java.time.LocalDate;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-made set of visits by the three deputies of the Nancun street-light case, for
 * the first half of 2026.
 */
class DutyCompliancesIT extends Neo4jIntegrationTest {

	private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	private static final LocalDate TO = LocalDate.of(2026, 7, 1);

	private static final String STATION = "st-pengjiang-hetang-center";

	@Autowired
	DutyCompliances compliances;

	@BeforeEach
	void logVisits() {
		// 潘爱娟, city level: one reception in the half-year is enough
		visit("v-pan-1", "rep-pan-aijuan", "2026-03-10");
		// 张苑, township level: every month
		for (int month = 1; month <= 6; month++) {
			visit("v-zhang-" + month, "rep-zhang-yuan", "2026-0" + month + "-15");
		}
		// 何彩燕, township level: misses April; a December visit is outside the period
		for (int month : new int[] { 1, 2, 3, 5, 6 }) {
			visit("v-he-" + month, "rep-he-caiyan", "2026-0" + month + "-20");
		}
		visit("v-he-dec", "rep-he-caiyan", "2025-12-20");
	}

	@Test
	void eachDeputyIsCheckedAgainstTheRuleOfTheirLevel() {
		assertThat(compliance("rep-pan-aijuan").compliant()).isTrue();
		assertThat(compliance("rep-zhang-yuan").compliant()).isTrue();
		var he = compliance("rep-he-caiyan");
		assertThat(he.compliant()).isFalse();
		assertThat(he.missed()).extracting(DutyRule.Window::start).containsExactly(LocalDate.of(2026, 4, 1));
	}

	@Test
	void aStationsComplianceCountsItsStationedDeputies() {
		var station = this.compliances.ofStation(STATION, FROM, TO);

		assertThat(station.deputies()).hasSize(3);
		assertThat(station.compliant()).isEqualTo(2);
		assertThat(station.rate()).isEqualTo(2.0 / 3);
	}

	@Test
	void aRegionsComplianceIncludesEverythingBelowIt() {
		var pengjiang = this.compliances.ofRegion("jm-pengjiang", FROM, TO);
		var hetang = this.compliances.ofRegion("jm-pengjiang-hetang", FROM, TO);

		assertThat(pengjiang.deputies()).extracting(DutyCompliances.DeputyCompliance::representativeId)
			.contains("rep-pan-aijuan", "rep-zhang-yuan", "rep-he-caiyan");
		assertThat(hetang.compliant()).isEqualTo(2);
	}

	@Test
	void loggingTheSameVisitTwiceCountsItOnce() {
		visit("v-pan-1", "rep-pan-aijuan", "2026-03-10");

		assertThat(compliance("rep-pan-aijuan").windowsWithVisit()).isEqualTo(1);
	}

	@Test
	void anUnknownDeputyHasNoCompliance() {
		assertThat(this.compliances.ofRepresentative("rep-nobody", FROM, TO)).isEmpty();
	}

	private DutyRule.Compliance compliance(String representativeId) {
		return this.compliances.ofRepresentative(representativeId, FROM, TO).orElseThrow().compliance();
	}

	private void visit(String id, String representativeId, String day) {
		this.compliances
			.log(new DutyVisit(id, representativeId, LocalDate.parse(day), VisitKind.STATION_RECEPTION, STATION));
	}

}
