package org.grassroots.graph.cases;

/**
 * The stages of a case's timeline, in order: 群众反映 → 代表收集 → 平台分办 → 部门处置 → 结果反馈 → 群众评价.
 */
public enum CaseStage {

	/** 群众反映. */
	REPORTED,

	/** 代表收集. */
	COLLECTED,

	/** 平台分办. */
	ASSIGNED,

	/** 部门处置. */
	HANDLED,

	/** 结果反馈. */
	FEEDBACK,

	/** 群众评价. */
	EVALUATED

}
