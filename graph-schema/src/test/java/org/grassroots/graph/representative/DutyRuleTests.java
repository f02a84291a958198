package org.grassroots.graph.representative;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DutyRuleTests {

	private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

	private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

	@Test
	void theStrictestLevelADeputySitsInSetsTheInterval() {
		assertThat(DutyRule.forLevels(Set.of(CongressLevel.CITY)).intervalMonths()).isEqualTo(6);
		assertThat(DutyRule.forLevels(Set.of(CongressLevel.COUNTY)).intervalMonths()).isEqualTo(3);
		assertThat(DutyRule.forLevels(Set.of(CongressLevel.CITY, CongressLevel.TOWNSHIP)).intervalMonths())
			.isEqualTo(1);
	}

	@Test
	void aCityDeputyWithOneVisitInHalfAYearComplies() {
		var compliance = new DutyRule(6).evaluate(List.of(LocalDate.of(2026, 5, 20)), JANUARY, JULY);

		assertThat(compliance.compliant()).isTrue();
		assertThat(compliance.windows()).isEqualTo(1);
	}

	@Test
	void aCountyDeputyMustVisitInEachQuarter() {
		var compliance = new DutyRule(3).evaluate(List.of(LocalDate.of(2026, 2, 1)), JANUARY, JULY);

		assertThat(compliance.compliant()).isFalse();
		assertThat(compliance.windowsWithVisit()).isEqualTo(1);
		assertThat(compliance.missed()).containsExactly(new DutyRule.Window(LocalDate.of(2026, 4, 1), JULY));
	}

	@Test
	void aTownshipDeputyMissingOneMonthDoesNotComply() {
		List<LocalDate> visits = List.of(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 2, 9), LocalDate.of(2026, 4, 9),
				LocalDate.of(2026, 5, 9), LocalDate.of(2026, 6, 30));

		var compliance = new DutyRule(1).evaluate(visits, JANUARY, JULY);

		assertThat(compliance.windows()).isEqualTo(6);
		assertThat(compliance.missed()).extracting(DutyRule.Window::start).containsExactly(LocalDate.of(2026, 3, 1));
	}

	@Test
	void visitsOutsideThePeriodDoNotCountAndTheLastWindowIsCutAtTheEnd() {
		var compliance = new DutyRule(6).evaluate(List.of(LocalDate.of(2025, 12, 31), JULY), JANUARY,
				LocalDate.of(2026, 3, 15));

		assertThat(compliance.compliant()).isFalse();
		assertThat(compliance.missed()).containsExactly(new DutyRule.Window(JANUARY, LocalDate.of(2026, 3, 15)));
	}

	@Test
	void aTenYearPeriodIsCountedWindowByWindowAndKeepsOnlyTheMissedOnes() {
		var compliance = new DutyRule(1).evaluate(List.of(LocalDate.of(2026, 3, 31)), JANUARY, JANUARY.plusYears(10));

		assertThat(compliance.windows()).isEqualTo(120);
		assertThat(compliance.missed()).hasSize(119)
			.doesNotContain(new DutyRule.Window(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)));
	}

	@Test
	void windowsStepFromTheStartOfThePeriodSoMonthEndsDoNotDrift() {
		var compliance = new DutyRule(1).evaluate(List.of(), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30));

		assertThat(compliance.missed()).extracting(DutyRule.Window::start)
			.containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
	}

	@Test
	void aPeriodLongerThanTwoCongressTermsOrEmptyIsRefusedBeforeAnyWindowIsBuilt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DutyRule(1).evaluate(List.of(), LocalDate.MIN, LocalDate.MAX))
			.withMessageContaining("at most 10 years");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DutyRule(1).evaluate(List.of(), JANUARY, JANUARY.plusYears(10).plusDays(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new DutyRule(1).evaluate(List.of(), JULY, JANUARY))
			.withMessageContaining("end after it starts");
	}

}
