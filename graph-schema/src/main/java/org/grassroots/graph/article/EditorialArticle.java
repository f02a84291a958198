package org.grassroots.graph.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An article as staff work on it: its working revision, its state, what is live, what is
 * scheduled.
 *
 * @param id business key
 * @param state the working revision's state
 * @param version raised by every change, for optimistic locking
 * @param revision the working (latest) revision
 * @param liveRevision the revision visitors see, if any
 * @param publicSlug the slug visitors know it by, once published
 * @param formerSlugs slugs it was published under before, which still resolve
 * @param caseIds the cases it tells
 * @param caseVersions each case's current version, to compare with the drafted ones
 * @param regionIds the regions of its cases
 * @param publishAt when it is scheduled to be published
 * @param unpublishAt when it is scheduled to be taken down
 * @param facts the facts of its first draft with their sources, as JSON
 * @param draftedCaseVersions the cases' versions when it was drafted, as a JSON object
 * @param approvedBy who approved the working revision
 * @param reviewComment what the last request for changes said
 * @param overrideReason why a scheduled publication may go out despite the checks'
 * findings
 * @param createdBy who drafted it
 * @param createdAt when
 * @param updatedAt when it last changed
 * @param sequence raised by every change of what is live, for the search index's version
 */
public record EditorialArticle(String id, ArticleState state, long version, ArticleRevision revision,
		@Nullable Integer liveRevision, @Nullable String publicSlug, List<String> formerSlugs, List<String> caseIds,
		Map<String, Long> caseVersions, List<String> regionIds, @Nullable Instant publishAt,
		@Nullable Instant unpublishAt, String facts, String draftedCaseVersions, @Nullable String approvedBy,
		@Nullable String reviewComment, @Nullable String overrideReason, String createdBy, Instant createdAt,
		Instant updatedAt, long sequence) {

	public EditorialArticle {
		formerSlugs = List.copyOf(formerSlugs);
		caseIds = List.copyOf(caseIds);
		caseVersions = Map.copyOf(caseVersions);
		regionIds = List.copyOf(regionIds);
	}

	/** Whether visitors see a revision of it. */
	public boolean live() {
		return this.liveRevision != null;
	}

}
