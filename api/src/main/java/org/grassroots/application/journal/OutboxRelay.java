package org.grassroots.application.journal;

import java.time.Duration;
import java.util.List;

import org.grassroots.graph.journal.DomainEvent;
import org.grassroots.graph.journal.Outbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox's events to the application's listeners, oldest first: woken after
 * every commit that wrote events, and every few seconds for events a crash or a failing
 * listener left behind (so none is lost, and delivery is at least once). One thread
 * delivers, so events arrive in the order they were written.
 */
@Component
class OutboxRelay extends Worker {

	private static final int BATCH = 100;

	private static final Duration SWEEP = Duration.ofSeconds(5);

	private final Outbox outbox;

	private final ApplicationEventPublisher publisher;

	OutboxRelay(Outbox outbox, ApplicationEventPublisher publisher) {
		super("outbox-relay", SWEEP);
		this.outbox = outbox;
		this.publisher = publisher;
	}

	@Override
	protected void work() {
		List<DomainEvent> events;
		do {
			events = this.outbox.pending(BATCH);
			for (DomainEvent event : events) {
				this.publisher.publishEvent(
						new GraphEvent(event.id(), event.type(), event.targetKey(), event.at(), event.payload()));
			}
			// One write per batch: a crash before it delivers the batch again (at least
			// once)
			if (!events.isEmpty()) {
				this.outbox.delivered(events.stream().map(DomainEvent::id).toList());
			}
		}
		while (events.size() == BATCH);
	}

}
