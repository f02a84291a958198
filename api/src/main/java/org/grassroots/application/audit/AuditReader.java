package org.grassroots.application.audit;

import org.grassroots.application.access.Caller;
import org.grassroots.graph.access.Role;
import org.grassroots.graph.journal.AuditEvent;
import org.grassroots.graph.journal.AuditFilter;
import org.grassroots.graph.journal.AuditTrail;
import org.grassroots.graph.paging.Order;
import org.grassroots.graph.paging.Page;
import org.grassroots.graph.paging.Seek;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The audit trail: administrators read all of it, stewards the events of their regions.
 * The reader's scope is part of the filter every page and count runs with.
 */
@Service
public class AuditReader {

	private final AuditTrail trail;

	AuditReader(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * What the caller may filter by.
	 *
	 * @param actor done by this account
	 * @param targetKey about this record
	 * @param action by this mutation
	 */
	public record Criteria(@Nullable String actor, @Nullable String targetKey, @Nullable String action) {

		public static final Criteria ALL = new Criteria(null, null, null);

	}

	/** The filter for this caller, with their scope in it. */
	public AuditFilter filter(Caller caller, Criteria criteria) {
		return new AuditFilter(caller.require(Role.STEWARD), criteria.actor(), criteria.targetKey(), criteria.action());
	}

	public Page<AuditEvent> page(AuditFilter filter, Order order, Seek seek) {
		return this.trail.page(filter, order, seek);
	}

	public long count(AuditFilter filter) {
		return this.trail.count(filter);
	}

}
