package org.grassroots.application.delivery;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a rebuild's batch through a store's slow moments. A thousand articles are one
 * graph read and one bulk request, which a cold or busy store (a first start, a
 * collection, both cores taken) may not finish within its deadline, the one visitors'
 * requests have: a batch that runs out of time is done again in halves, and one too small
 * to split is tried again after a growing pause. Doing a part twice is harmless: reads
 * change nothing, and the index keeps the newest publication of each article.
 *
 * @param <I> what a batch is made of
 * @param <R> what a batch gives
 * @param action what a step does, for the log
 * @param step one batch's work
 * @param merge what two halves gave, as one
 * @param slow whether a failure says the store ran out of time or was overloaded
 * @param pause waiting between tries (instant in tests)
 */
record Halving<I, R>(String action, Function<List<I>, R> step, BinaryOperator<R> merge,
		Predicate<RuntimeException> slow, Pause pause) {

	private static final Logger logger = LoggerFactory.getLogger(Halving.class);

	/** Below twice this a batch is tried again as it is rather than split. */
	static final int SMALLEST = 50;

	/** Tries of a smallest batch before the rebuild stops (and resumes when started). */
	static final int ATTEMPTS = 4;

	/**
	 * @throws RuntimeException the failure of a step that was not slowness, or the last
	 * one of a smallest part that never succeeded
	 */
	R apply(List<I> batch) throws InterruptedException {
		try {
			return this.step.apply(batch);
		}
		catch (RuntimeException ex) {
			if (!this.slow.test(ex)) {
				throw ex;
			}
			if (batch.size() < 2 * SMALLEST) {
				return retried(batch, ex);
			}
			logger.info("{} of {} articles did not finish in time ({}); doing it in halves", this.action, batch.size(),
					ex.getMessage());
			R first = apply(batch.subList(0, batch.size() / 2));
			return this.merge.apply(first, apply(batch.subList(batch.size() / 2, batch.size())));
		}
	}

	private R retried(List<I> batch, RuntimeException first) throws InterruptedException {
		RuntimeException last = first;
		for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
			this.pause.sleep(500L << (attempt - 1));
			try {
				return this.step.apply(batch);
			}
			catch (RuntimeException ex) {
				if (!this.slow.test(ex)) {
					throw ex;
				}
				last = ex;
			}
		}
		throw last;
	}

	/** Waiting between tries (instant in tests). */
	@FunctionalInterface
	interface Pause {

		void sleep(long millis) throws InterruptedException;

	}

}
