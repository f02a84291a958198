package org.grassroots.application.cases;

import java.time.LocalDate;
import java.util.List;

import org.grassroots.graph.cases.CaseKind;
import org.grassroots.graph.cases.CaseStage;
import org.grassroots.graph.cases.OpinionOutcome;
import org.jspecify.annotations.Nullable;

/**
 * What the case mutations take. Text is plain text: stored as given, escaped by whoever
 * renders it.
 */
public final class CaseInputs {

	private CaseInputs() {
	}

	/**
	 * A case's figures; each left out is unknown.
	 *
	 * @param fundingYuan money spent, in whole yuan
	 * @param beneficiaries how many it serves
	 * @param beneficiaryUnit what they are counted in, e.g. HOUSEHOLD
	 * @param quantity how many things were built or done
	 * @param quantityUnit what the quantity counts, e.g. 盏太阳能路灯
	 * @param durationDays how many days the work took
	 */
	public record Figures(@Nullable Double fundingYuan, @Nullable Integer beneficiaries,
			@Nullable String beneficiaryUnit, @Nullable Double quantity, @Nullable String quantityUnit,
			@Nullable Integer durationDays) {
	}

	/**
	 * What a new case and changes to one both say, checked by the same rules.
	 */
	public interface CaseFields {

		@Nullable String title();

		@Nullable String summary();

		@Nullable String narrative();

		@Nullable String regionKey();

		@Nullable String place();

		@Nullable LocalDate raisedOn();

		@Nullable String stationKey();

		@Nullable String gridKey();

		@Nullable List<String> raisedByKeys();

		@Nullable List<String> lawKeys();

		@Nullable List<String> agencyKeys();

		@Nullable Figures figures();

	}

	/**
	 * A new case.
	 *
	 * @param idempotencyKey makes a retry safe: the same key twice creates once
	 * @param regionKey where it is located (a village or community, usually)
	 * @param place where it happened as people name it; the region's name path when left
	 * out
	 */
	public record NewCase(@Nullable String idempotencyKey, CaseKind kind, String title, @Nullable String summary,
			@Nullable String narrative, String regionKey, @Nullable String place, @Nullable LocalDate raisedOn,
			@Nullable String stationKey, @Nullable String gridKey, @Nullable List<String> raisedByKeys,
			@Nullable List<String> lawKeys, @Nullable List<String> agencyKeys,
			@Nullable Figures figures) implements CaseFields {
	}

	/**
	 * Changes to a case: fields left out (or null) stay as they are; those listed in
	 * {@code clear} are removed.
	 *
	 * @param version the version the client read
	 */
	public record CaseChanges(long version, @Nullable String title, @Nullable String summary,
			@Nullable String narrative, @Nullable String regionKey, @Nullable String place,
			@Nullable LocalDate raisedOn, @Nullable String stationKey, @Nullable String gridKey,
			@Nullable List<String> raisedByKeys, @Nullable List<String> lawKeys, @Nullable List<String> agencyKeys,
			@Nullable Figures figures, @Nullable List<String> residentConsents,
			@Nullable List<ClearableField> clear) implements CaseFields {
	}

	/** Optional fields an update can remove. */
	public enum ClearableField {

		RAISED_ON("raisedOn"), STATION("station"), GRID("grid"), FUNDING_YUAN("fundingYuan"),
		BENEFICIARIES("beneficiaries"), QUANTITY("quantityValue"), DURATION_DAYS("durationDays");

		private final String property;

		ClearableField(String property) {
			this.property = property;
		}

		String property() {
			return this.property;
		}

	}

	/**
	 * The next stage of a case's timeline.
	 *
	 * @param on when it happened: not before the previous stage, not in the future
	 */
	public record Advance(long version, CaseStage stage, LocalDate on, @Nullable String note) {
	}

	/** What residents said of the result. */
	public record Evaluation(long version, boolean satisfied, @Nullable String note) {
	}

	/** What became of an opinion or suggestion. */
	public record Outcome(long version, OpinionOutcome outcome) {
	}

}
