package org.grassroots.graph.article;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a draft is written from: one case with the nodes around it, each value with the
 * node it was read from.
 *
 * @param id the case's key
 * @param version the case's version when read
 * @param title headline
 * @param summary one or two sentences
 * @param narrative the story, paragraphs separated by blank lines
 * @param kind the case kind's name
 * @param status the case status's name
 * @param raisedOn when it was raised
 * @param completedOn when it was done
 * @param fundingYuan money spent
 * @param beneficiaries how many it serves
 * @param beneficiaryUnit what they are counted in
 * @param quantity how many things were built or done
 * @param quantityUnit what the quantity counts
 * @param durationDays how many days the work took, as recorded
 * @param regionPath its region and those above it, the province first
 * @param station where it was collected
 * @param deputies who raised it
 * @param timeline its stages in order
 */
public record CaseSheet(String id, long version, String title, String summary, String narrative, String kind,
		String status, @Nullable LocalDate raisedOn, @Nullable LocalDate completedOn, @Nullable Long fundingYuan,
		@Nullable Long beneficiaries, @Nullable String beneficiaryUnit, @Nullable Double quantity,
		@Nullable String quantityUnit, @Nullable Long durationDays, List<Named> regionPath, @Nullable Named station,
		List<Named> deputies, List<StageOn> timeline) {

	public CaseSheet {
		regionPath = List.copyOf(regionPath);
		deputies = List.copyOf(deputies);
		timeline = List.copyOf(timeline);
	}

	/**
	 * A node named in a story.
	 *
	 * @param label its label, e.g. {@code Station}
	 * @param id its key
	 * @param name its name
	 */
	public record Named(String label, String id, String name) {
	}

	/**
	 * One stage of a case.
	 *
	 * @param seq its place in the timeline, 1 first
	 * @param stage the stage's name
	 * @param on when it was reached
	 */
	public record StageOn(int seq, String stage, @Nullable LocalDate on) {
	}

}
