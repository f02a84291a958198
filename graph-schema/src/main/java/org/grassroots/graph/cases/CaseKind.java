package org.grassroots.graph.cases;

/**
 * The kinds of case the people's congresses handle at the grassroots.
 */
public enum CaseKind {

	/** 民生微实事: a small livelihood project proposed by deputies and funded quickly. */
	MICRO_PROJECT,

	/** 代表建议: a deputy's suggestion handed to a government agency. */
	DEPUTY_SUGGESTION,

	/** 立法意见: an opinion on a draft law collected by a contact point. */
	DRAFT_LAW_OPINION,

	/** 民生实事票决: a livelihood project chosen by deputies' vote. */
	VOTED_LIVELIHOOD_PROJECT,

	/** 监督: a supervision case followed up by the congress. */
	SUPERVISION

}
