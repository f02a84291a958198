package org.grassroots.application.publishing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.grassroots.graph.access.Role;
import org.grassroots.graph.article.ArticleState;

import static org.grassroots.graph.article.ArticleState.APPROVED;
import static org.grassroots.graph.article.ArticleState.DRAFT;
import static org.grassroots.graph.article.ArticleState.IN_REVIEW;
import static org.grassroots.graph.article.ArticleState.PUBLISHED;
import static org.grassroots.graph.article.ArticleState.UNPUBLISHED;

/**
 * Who may do what to an article, and from which states: editors write and submit,
 * publishers review, publish, schedule and take down; administrators may do everything.
 * Being allowed here is not all: the caller's regions must cover the article, and the
 * four-eyes rule and the pre-publish checks apply on top.
 */
public final class WorkflowRules {

	/** What can be done to an article. */
	public enum Action {

		DRAFT, SAVE, SUBMIT, REQUEST_CHANGES, APPROVE, PUBLISH, SCHEDULE, UNPUBLISH, ARCHIVE, RESTORE_REVISION, PREVIEW,
		READ

	}

	/**
	 * @param role the role the action needs
	 * @param from the states it may start from; every state for an action on the whole
	 * article
	 */
	record Rule(Set<Role> roles, Set<ArticleState> from) {
	}

	private static final Set<ArticleState> EDITABLE = EnumSet.of(DRAFT, IN_REVIEW, APPROVED, PUBLISHED, UNPUBLISHED);

	private static final Set<Role> EDITORS = EnumSet.of(Role.EDITOR);

	private static final Set<Role> PUBLISHERS = EnumSet.of(Role.PUBLISHER);

	private static final Set<Role> STAFF = EnumSet.of(Role.EDITOR, Role.PUBLISHER);

	private static final Map<Action, Rule> RULES = Map.ofEntries(Map.entry(Action.DRAFT, new Rule(EDITORS, Set.of())),
			Map.entry(Action.SAVE, new Rule(EDITORS, EDITABLE)),
			Map.entry(Action.RESTORE_REVISION, new Rule(EDITORS, EDITABLE)),
			Map.entry(Action.SUBMIT, new Rule(EDITORS, EnumSet.of(DRAFT))),
			Map.entry(Action.REQUEST_CHANGES, new Rule(PUBLISHERS, EnumSet.of(IN_REVIEW, APPROVED))),
			Map.entry(Action.APPROVE, new Rule(PUBLISHERS, EnumSet.of(IN_REVIEW))),
			Map.entry(Action.PUBLISH, new Rule(PUBLISHERS, EnumSet.of(APPROVED))),
			Map.entry(Action.SCHEDULE, new Rule(PUBLISHERS, EnumSet.of(APPROVED, PUBLISHED, DRAFT, IN_REVIEW))),
			Map.entry(Action.UNPUBLISH, new Rule(PUBLISHERS, EDITABLE)),
			Map.entry(Action.ARCHIVE, new Rule(PUBLISHERS, EDITABLE)),
			Map.entry(Action.PREVIEW, new Rule(STAFF, EDITABLE)), Map.entry(Action.READ, new Rule(STAFF, Set.of())));

	private WorkflowRules() {
	}

	/** The roles the action needs (any of them). */
	public static Role[] roles(Action action) {
		return RULES.get(action).roles().toArray(Role[]::new);
	}

	/** Whether the action may start from the state. */
	public static boolean allows(Action action, ArticleState state) {
		Set<ArticleState> from = RULES.get(action).from();
		return from.isEmpty() || from.contains(state);
	}

	/** The states the action may start from, for messages. */
	public static Set<ArticleState> from(Action action) {
		return RULES.get(action).from();
	}

}
