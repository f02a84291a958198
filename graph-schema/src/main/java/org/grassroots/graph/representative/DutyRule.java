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
	 * Splits {@code [from, to)} into windows of the interval, starting at {@code from};
	 * the last window is cut short at {@code to}.
	 */
	public List<Window> windows(LocalDate from, LocalDate to) {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("The period must end after it starts");
		}
		List<Window> windows = new ArrayList<>();
		for (LocalDate start = from; start.isBefore(to); start = start.plusMonths(this.intervalMonths)) {
			LocalDate end = start.plusMonths(this.intervalMonths);
			windows.add(new Window(start, end.isAfter(to) ? to : end));
		}
		return windows;
	}

	/**
	 * Checks visits against the rule for the period {@code [from, to)}; visits outside it
	 * are ignored.
	 */
	public Compliance evaluate(Collection<LocalDate> visits, LocalDate from, LocalDate to) {
		List<Window> windows = windows(from, to);
		List<Window> missed = windows.stream().filter((window) -> visits.stream().noneMatch(window::contains)).toList();
		return new Compliance(this.intervalMonths, windows.size(), missed);
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
