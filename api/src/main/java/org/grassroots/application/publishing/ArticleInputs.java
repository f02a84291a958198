package org.grassroots.application.publishing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What staff send to the publishing workflow.
 */
public final class ArticleInputs {

	private ArticleInputs() {
	}

	/**
	 * A first draft from cases.
	 *
	 * @param caseIds the cases' keys, the main one first
	 * @param slug the URL name; made from the main case's key when absent
	 * @param idempotencyKey makes a retried request create once
	 */
	public record NewDraft(List<String> caseIds, @Nullable String slug, @Nullable String idempotencyKey) {
	}

	/**
	 * A new revision: the given fields change, the rest are kept from the working one.
	 *
	 * @param version the article's version the editor read
	 * @param note what changed, for the revision list
	 */
	public record Revision(long version, @Nullable String slug, @Nullable String title, @Nullable String standfirst,
			@Nullable String bodyHtml, @Nullable String coverText, @Nullable List<String> tags,
			@Nullable List<String> caseIds, @Nullable String note) {
	}

	/**
	 * When to publish and take down; null clears a time.
	 *
	 * @param version the article's version the publisher read
	 * @param overrideReason why findings of the checks may be published anyway
	 */
	public record Schedule(long version, @Nullable Instant publishAt, @Nullable Instant unpublishAt,
			@Nullable String overrideReason) {
	}

}
