package org.grassroots.graph.journal;

import org.grassroots.graph.paging.SortField;
import org.grassroots.graph.access.Scope;
import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which audit events to list: those the reader's scope covers (events without a region
 * only for a reader whose scope is everything), narrowed by the given parts.
 *
 * @param scope the reader's scope, always applied
 * @param actor done by this account
 * @param targetKey about this record
 * @param action by this mutation
 */
public record AuditFilter(Scope scope, @Nullable String actor, @Nullable String targetKey,
		@Nullable String action) implements ConditionsFilter {

	/** Audit events are ordered by their time-ordered key: newest first is descending. */
	public static final SortField ORDER = SortField.byKey("e.id");

	@Override
	public Conditions conditions() {
		return new Conditions().within(this.scope, "(e)-[:IN_REGION]->(r:Region)")
			.and("actor", this.actor, "e.actor = $actor")
			.and("targetKey", this.targetKey, "e.targetKey = $targetKey")
			.and("action", this.action, "e.action = $action");
	}

}
