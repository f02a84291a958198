// Writes: the audit trail, the outbox of domain events, idempotency keys, archived cases.
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_event_actor IF NOT EXISTS FOR (e:AuditEvent) ON (e.actor);
CREATE INDEX audit_event_target IF NOT EXISTS FOR (e:AuditEvent) ON (e.targetKey);
CREATE CONSTRAINT outbox_event_id IF NOT EXISTS FOR (o:OutboxEvent) REQUIRE o.id IS UNIQUE;
// Only the few events waiting for delivery are read by this
CREATE INDEX outbox_event_pending IF NOT EXISTS FOR (o:OutboxEvent) ON (o.pending);
// A second request with the same key finds the first one's result, or fails to commit
CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (k:IdempotencyKey) REQUIRE (k.account, k.key) IS UNIQUE;
// An archived case loses its Case label (so that every list leaves it out at no cost)
CREATE CONSTRAINT archived_case_id IF NOT EXISTS FOR (c:ArchivedCase) REQUIRE c.id IS UNIQUE;
