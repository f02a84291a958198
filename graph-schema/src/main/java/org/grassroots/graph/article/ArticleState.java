package org.grassroots.graph.article;

/**
 * Where an article stands in the editorial workflow. A published article stays live while
 * a newer revision goes through {@link #DRAFT}, {@link #IN_REVIEW} and {@link #APPROVED}
 * again: the state is the working revision's, {@code live} says what visitors see.
 */
public enum ArticleState {

	/** Being written; editors save revisions. */
	DRAFT,

	/** Submitted; a publisher approves it or asks for changes. */
	IN_REVIEW,

	/** Approved by someone other than its last editor; ready to publish or schedule. */
	APPROVED,

	/** Its latest revision is what visitors see. */
	PUBLISHED,

	/** Taken down (by hand or on expiry); can be edited and published again. */
	UNPUBLISHED,

	/** Retired: never shown, never edited, its preview tokens dead. */
	ARCHIVED

}
