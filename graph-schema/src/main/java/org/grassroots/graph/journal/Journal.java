package org.grassroots.graph.journal;

import java.util.List;
import java.util.Optional;

/**
 * Writes what a mutation did, in the mutation's own transaction.
 */
public interface Journal {

	/** The audit event and the domain events of one mutation, in one statement. */
	void record(AuditEvent audit, List<DomainEvent> events);

	/**
	 * What an earlier request with this idempotency key created.
	 * @param account whose key it is: keys of different accounts never meet
	 */
	Optional<Remembered> remembered(String account, String key);

	/**
	 * Keeps the key with what the request created; a second request with the same key
	 * gets the same result instead of creating again.
	 */
	void remember(String account, String key, Remembered result);

	/**
	 * What a request with an idempotency key did.
	 *
	 * @param action the mutation
	 * @param fingerprint a digest of the request's input, so that a key reused for a
	 * different request is told apart
	 * @param resultKey the business key of what it created
	 */
	record Remembered(String action, String fingerprint, String resultKey) {
	}

}
