package org.grassroots.graph.journal;

import org.grassroots.graph.paging.Listing;

/**
 * Reads the audit trail, always through an {@link AuditFilter} that carries the reader's
 * scope.
 */
public interface AuditTrail extends Listing<AuditEvent, AuditFilter> {

}
