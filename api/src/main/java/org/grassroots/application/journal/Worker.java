package org.grassroots.application.journal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Background work on one thread of its own: run every interval once start-up work
 * (migrations) is done, and when woken (wakes coalesce while one is pending), so that it
 * never runs twice at once and what it does happens in order. A failing run is logged and
 * the next one tries again. The outbox relay, the delivery worker and the scheduler are
 * workers.
 */
public abstract class Worker implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(Worker.class);

	private final String name;

	private final Duration interval;

	private final ScheduledExecutorService thread;

	private final AtomicBoolean woken = new AtomicBoolean();

	/**
	 * @param name the thread's name, which logs and the statement counter of the tests
	 * know it by
	 */
	protected Worker(String name, Duration interval) {
		this.name = name;
		this.interval = interval;
		this.thread = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread worker = new Thread(runnable, name);
			worker.setDaemon(true);
			return worker;
		});
	}

	/** One run. */
	protected abstract void work();

	/** Starts the runs every interval, the first at once. */
	@EventListener(ApplicationReadyEvent.class)
	public void start() {
		this.thread.scheduleWithFixedDelay(this::run, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Asks for a run soon. */
	public void wake() {
		if (this.woken.compareAndSet(false, true)) {
			this.thread.execute(() -> {
				this.woken.set(false);
				run();
			});
		}
	}

	private void run() {
		try {
			work();
		}
		catch (RuntimeException ex) {
			logger.warn("{} stopped, will retry: {}", this.name, ex.toString());
		}
	}

	@Override
	public void destroy() {
		this.thread.shutdownNow();
	}

}
