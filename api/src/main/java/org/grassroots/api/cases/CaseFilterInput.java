package org.grassroots.api.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.grassroots.api.error.InvalidInputException;
import org.grassroots.api.paging.TextFilter;
import org.grassroots.graph.cases.CaseFilter;
import org.grassroots.graph.cases.CaseKind;
import org.grassroots.graph.cases.CaseStatus;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL {@code CaseFilter} input.
 */
record CaseFilterInput(@Nullable List<CaseKind> kinds, @Nullable List<CaseStatus> statuses, @Nullable String regionKey,
		@Nullable LocalDate raisedFrom, @Nullable LocalDate raisedTo, @Nullable String titleContains,
		@Nullable String raisedByKey, @Nullable String stationKey, @Nullable String gridKey, @Nullable String lawKey) {

	static final CaseFilterInput NONE = new CaseFilterInput(null, null, null, null, null, null, null, null, null, null);

	/**
	 * @throws InvalidInputException when the dates are the wrong way round or the text is
	 * too long
	 */
	/** The filter an input asks for; every case for none. */
	static CaseFilter filterOf(@Nullable CaseFilterInput input) {
		return ((input != null) ? input : NONE).toFilter();
	}

	CaseFilter toFilter() {
		if (this.raisedFrom != null && this.raisedTo != null && this.raisedFrom.isAfter(this.raisedTo)) {
			throw new InvalidInputException("raisedFrom must not be after raisedTo");
		}
		return new CaseFilter(Set.copyOf((this.kinds != null) ? this.kinds : List.of()),
				Set.copyOf((this.statuses != null) ? this.statuses : List.of()), this.regionKey, this.raisedFrom,
				this.raisedTo, TextFilter.checked("titleContains", this.titleContains), this.raisedByKey,
				this.stationKey, this.gridKey, this.lawKey);
	}

}
