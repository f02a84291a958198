package org.grassroots.application.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.grassroots.application.access.Caller;
import org.grassroots.application.failure.InvalidFields;
import org.grassroots.graph.journal.AuditEvent;
import org.grassroots.graph.journal.DomainEvent;
import org.grassroots.graph.journal.Journal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each mutation in one graph transaction that also writes its audit event, its
 * domain events (the outbox) and its idempotency key; after the commit the outbox relay
 * is woken to deliver the events. A mutation that throws changes nothing.
 */
@Component
public class Mutations {

	private static final int MAX_KEY_LENGTH = 200;

	private final TransactionTemplate transactions;

	private final Journal journal;

	private final JsonMapper json;

	private final Clock clock;

	private final OutboxRelay relay;

	private final SecureRandom random = new SecureRandom();

	Mutations(PlatformTransactionManager transactionManager, Journal journal, JsonMapper json,
			ObjectProvider<Clock> clock, OutboxRelay relay) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.journal = journal;
		this.json = json;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.relay = relay;
	}

	/**
	 * Runs the work in one transaction and journals what its recorder says.
	 * @param action the mutation's name, e.g. {@code advanceCase}
	 */
	public <T> T run(Caller caller, String action, Function<Recorder, T> work) {
		String actor = caller.signedIn();
		return Objects.requireNonNull(this.transactions.execute((status) -> {
			Recorder recorder = new Recorder();
			T result = work.apply(recorder);
			journal(actor, action, recorder);
			return result;
		}));
	}

	/**
	 * Runs a create in one transaction. With an idempotency key, a request whose key the
	 * account used before creates nothing and returns the key of what the first one
	 * created; two such requests at once create once (the second fails to commit on the
	 * key's constraint and is answered from the first).
	 * @param input the request's input, whose digest tells a retry from a different
	 * request reusing the key
	 * @param work creates the record and returns its key
	 * @return the key of the record created by this request or by the first with its key
	 */
	public String create(Caller caller, String action, @Nullable String idempotencyKey, Object input,
			Function<Recorder, String> work) {
		String actor = caller.signedIn();
		if (idempotencyKey == null) {
			return run(caller, action, work);
		}
		if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
			throw new InvalidFields("input.idempotencyKey",
					"idempotencyKey must have 1 to " + MAX_KEY_LENGTH + " characters");
		}
		String fingerprint = fingerprint(action, input);
		try {
			return once(actor, action, idempotencyKey, fingerprint, work);
		}
		catch (DataIntegrityViolationException ex) {
			// Another request with the same key committed first
			return answered(actor, action, idempotencyKey, fingerprint).orElseThrow(() -> ex);
		}
	}

	private String once(String actor, String action, String key, String fingerprint, Function<Recorder, String> work) {
		return Objects.requireNonNull(this.transactions.execute((status) -> {
			Optional<String> earlier = answered(actor, action, key, fingerprint);
			if (earlier.isPresent()) {
				return earlier.get();
			}
			Recorder recorder = new Recorder();
			String created = work.apply(recorder);
			this.journal.remember(actor, key, new Journal.Remembered(action, fingerprint, created));
			journal(actor, action, recorder);
			return created;
		}));
	}

	private Optional<String> answered(String actor, String action, String key, String fingerprint) {
		return this.journal.remembered(actor, key).map((remembered) -> {
			if (!remembered.action().equals(action) || !remembered.fingerprint().equals(fingerprint)) {
				throw new InvalidFields("input.idempotencyKey",
						"This idempotencyKey was used for a different request; use a new key for a new request");
			}
			return remembered.resultKey();
		});
	}

	private void journal(String actor, String action, Recorder recorder) {
		String targetType = recorder.targetType();
		String targetKey = recorder.targetKey();
		if (targetType == null || targetKey == null) {
			throw new IllegalStateException(action + " named no target for the audit trail");
		}
		Instant now = this.clock.instant();
		Map<String, Object> changes = new LinkedHashMap<>();
		recorder.changes()
			.forEach((field, change) -> changes.put(field, mapOf("before", change.before(), "after", change.after())));
		var audit = new AuditEvent(id(now), now, actor, action, targetType, targetKey, recorder.regionId(),
				this.json.writeValueAsString(changes));
		List<DomainEvent> events = recorder.events().stream().map((event) -> {
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("type", event.type());
			payload.put("targetType", targetType);
			payload.put("targetKey", targetKey);
			payload.put("regionId", recorder.regionId());
			payload.put("actor", actor);
			payload.put("at", now.toString());
			payload.putAll(event.payload());
			return new DomainEvent(id(now), event.type(), targetKey, now, this.json.writeValueAsString(payload));
		}).toList();
		this.journal.record(audit, events);
		if (!events.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Mutations.this.relay.wake();
				}
			});
		}
	}

	private static Map<String, @Nullable Object> mapOf(String k1, @Nullable Object v1, String k2, @Nullable Object v2) {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		map.put(k1, v1);
		map.put(k2, v2);
		return map;
	}

	/** Time-ordered: 13 digits of epoch milliseconds, then 16 random hex digits. */
	String id(Instant at) {
		byte[] bytes = new byte[8];
		this.random.nextBytes(bytes);
		return "%013d-%s".formatted(at.toEpochMilli(), HexFormat.of().formatHex(bytes));
	}

	private String fingerprint(String action, Object input) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((action + ":" + this.json.writeValueAsString(input)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
