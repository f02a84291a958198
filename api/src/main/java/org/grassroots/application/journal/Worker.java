package org.grassroots.application.journal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread that runs a task every interval and when woken (wakes coalesce
 * while one is pending), so the task never runs twice at once and what it does happens in
 * order. A failing run is logged and the next one tries again.
 */
public final class Worker implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Worker.class);

	private final String name;

	private final Duration interval;

	private final Runnable task;

	private final ScheduledExecutorService thread;

	private final AtomicBoolean woken = new AtomicBoolean();

	/**
	 * @param name the thread's name, which logs and the statement counter of the tests
	 * know it by
	 */
	public Worker(String name, Duration interval, Runnable task) {
		this.name = name;
		this.interval = interval;
		this.task = task;
		this.thread = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread worker = new Thread(runnable, name);
			worker.setDaemon(true);
			return worker;
		});
	}

	/** Starts the runs every interval, the first at once. */
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
			this.task.run();
		}
		catch (RuntimeException ex) {
			logger.warn("{} stopped, will retry: {}", this.name, ex.toString());
		}
	}

	@Override
	public void close() {
		this.thread.shutdownNow();
	}

}
