package org.grassroots.application.journal;

import java.time.Duration;
import java.util.List;

import org.grassroots.graph.journal.DomainEvent;
import org.grassroots.graph.journal.Outbox;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox's events to the application's listeners, oldest first: woken after
 * every commit that wrote events, and every few seconds for events a crash or a failing
 * listener left behind (so none is lost, and delivery is at least once). One thread
 * delivers, so events arrive in the order they were written.
 */
@Component
class OutboxRelay implements DisposableBean {

	private static final int BATCH = 100;

	private static final Duration SWEEP = Duration.ofSeconds(5);

	private final Outbox outbox;

	private final ApplicationEventPublisher publisher;

	private final Worker worker = new Worker("outbox-relay", SWEEP, this::drain);

	OutboxRelay(Outbox outbox, ApplicationEventPublisher publisher) {
		this.outbox = outbox;
		this.publisher = publisher;
	}

	/** Starts sweeping once start-up work (migrations) is done. */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.worker.start();
	}

	/** Asks for a delivery soon; wakes coalesce while one is pending. */
	void wake() {
		this.worker.wake();
	}

	private void drain() {
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

	@Override
	public void destroy() {
		this.worker.close();
	}

}
