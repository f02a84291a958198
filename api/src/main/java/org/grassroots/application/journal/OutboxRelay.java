package org.grassroots.application.journal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.grassroots.graph.journal.DomainEvent;
import org.grassroots.graph.journal.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 100;

	private static final Duration SWEEP = Duration.ofSeconds(5);

	private final Outbox outbox;

	private final ApplicationEventPublisher publisher;

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread relay = new Thread(task, "outbox-relay");
		relay.setDaemon(true);
		return relay;
	});

	private final AtomicBoolean woken = new AtomicBoolean();

	OutboxRelay(Outbox outbox, ApplicationEventPublisher publisher) {
		this.outbox = outbox;
		this.publisher = publisher;
	}

	/** Starts sweeping once start-up work (migrations) is done. */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.thread.scheduleWithFixedDelay(this::drain, 0, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Asks for a delivery soon; wakes coalesce while one is pending. */
	void wake() {
		if (this.woken.compareAndSet(false, true)) {
			this.thread.execute(() -> {
				this.woken.set(false);
				drain();
			});
		}
	}

	private void drain() {
		try {
			List<DomainEvent> events;
			do {
				events = this.outbox.pending(BATCH);
				for (DomainEvent event : events) {
					this.publisher.publishEvent(
							new GraphEvent(event.id(), event.type(), event.targetKey(), event.at(), event.payload()));
				}
				// One write per batch: a crash before it delivers the batch again (at
				// least once)
				if (!events.isEmpty()) {
					this.outbox.delivered(events.stream().map(DomainEvent::id).toList());
				}
			}
			while (events.size() == BATCH);
		}
		catch (RuntimeException ex) {
			logger.warn("Outbox delivery stopped, will retry: {}", ex.toString());
		}
	}

	@Override
	public void destroy() {
		this.thread.shutdownNow();
	}

}
