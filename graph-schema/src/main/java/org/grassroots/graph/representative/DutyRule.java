package org.grassroots.graph.representative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The duty-visit frequency rule for a deputy: at least one visit (station reception or
 * grid service) in every window of the interval, which is the strictest of the levels the
 * deputy sits in.
 *
 * @param intervalMonths months per window
 */
public record DutyRule(int intervalMonths) {

	public DutyRule {
		if (intervalMonths < 1) {
			throw new IllegalArgumentException("intervalMonths must be at least 1");
		}
	}

	public static DutyRule forLevels(Collection<CongressLevel> levels) {
		return new DutyRule(levels.stream()
			.mapToInt(CongressLevel::dutyIntervalMonths)
			.min()
			.orElseThrow(() -> new IllegalArgumentException("A deputy sits in at least one congress")));
	}

	/**
	 * The longest period evaluated: two five-year congress terms. Every window of a
	 * period may be missed, so the period bounds the work and the answer.
	 */
	public static final int MAX_PERIOD_YEARS = 10;

	/**
	 * Checks visits against the rule for the period {@code [from, to)}; visits outside it
	 * are ignored. The windows run from {@code from} in steps of the interval, the last
	 * one cut short at {@code to}; only the missed ones are kept.
	 * @throws IllegalArgumentException if the period is empty or longer than
	 * {@value #MAX_PERIOD_YEARS} years
	 */
	public Compliance evaluate(Collection<LocalDate> visits, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		List<LocalDate> days = visits.stream().sorted().toList();
		List<Window> missed = new ArrayList<>();
		int windows = 0;
		int next = 0;
		for (LocalDate start = from; start
			.isBefore(to); start = from.plusMonths((long) this.intervalMonths * windows)) {
			LocalDate end = start.plusMonths(this.intervalMonths);
			Window window = new Window(start, end.isAfter(to) ? to : end);
			while (next < days.size() && days.get(next).isBefore(window.start())) {
				next++;
			}
			if (next == days.size() || !window.contains(days.get(next))) {
				missed.add(window);
			}
			windows++;
		}
		return new Compliance(this.intervalMonths, windows, missed);
	}

	/**
	 * @throws IllegalArgumentException if the period is empty or longer than
	 * {@value #MAX_PERIOD_YEARS} years
	 */
	public static void checkPeriod(LocalDate from, LocalDate to) {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("The period must end after it starts");
		}
		if (to.isAfter(from.plusYears(MAX_PERIOD_YEARS))) {
			throw new IllegalArgumentException("The period may be at most " + MAX_PERIOD_YEARS + " years long");
		}
	}

	/**
	 * One window of the period, {@code [start, end)}.
	 */
	public record Window(LocalDate start, LocalDate end) {

		boolean contains(LocalDate day) {
			return !day.isBefore(this.start) && day.isBefore(this.end);
		}

	}

	/**
	 * How a deputy met the rule.
	 *
	 * @param intervalMonths the rule's interval
	 * @param windows how many windows the period has
	 * @param missed the windows without a visit
	 */
	public record Compliance(int intervalMonths, int windows, List<Window> missed) {

		public Compliance {
			missed = List.copyOf(missed);
		}

		public boolean compliant() {
			return this.missed.isEmpty();
		}

		public int windowsWithVisit() {
			return this.windows - this.missed.size();
		}

	}

}
