package org.grassroots.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * Runs one kind of request from a number of threads for a while and measures it: each
 * thread sends its next request as soon as the last one answered.
 */
final class Load {

	private Load() {
	}

	/**
	 * @param request sends request number {@code n}; throws when the answer is wrong
	 */
	static Measurement run(int concurrency, Duration warmUp, Duration measured, Request request)
			throws InterruptedException {
		return Measurement.of(concurrency, latencies(concurrency, warmUp, measured, request), measured);
	}

	/**
	 * Warms the paths in turns of ten seconds each (eight requests in flight) until each
	 * has run for the time. The compiler needs a minute or two of load before a path runs
	 * at its steady speed: through HTTP and GraphQL, a station page measured 5.0 ms at
	 * p50 after a minute of mixed load and 2.3 ms after two, while a bare driver call,
	 * with far less code, is fast within seconds; warmed for a few seconds each, the
	 * longer path was measured at two to four times its steady latency.
	 * @param paths the paths to warm; a null one is left out
	 */
	static void warm(Duration each, @Nullable Request... paths) throws InterruptedException {
		Duration turn = Duration.ofSeconds(10);
		for (Duration done = Duration.ZERO; done.compareTo(each) < 0; done = done.plus(turn)) {
			Duration left = each.minus(done);
			for (Request path : paths) {
				if (path != null) {
					run(8, Duration.ZERO, (left.compareTo(turn) < 0) ? left : turn, path);
				}
			}
		}
	}

	/**
	 * Two kinds of request measured in turns, the first, the second, the second again,
	 * the first again, each for half the time: whatever the machine does meanwhile (an
	 * index merging its segments, a compiler warming up) weighs on both alike.
	 * @return the first's measurement, then the second's
	 */
	static List<Measurement> alternating(int concurrency, Duration warmUp, Duration measured, Request first,
			Request second) throws InterruptedException {
		Duration half = measured.dividedBy(2);
		List<Long> firsts = new ArrayList<>(latencies(concurrency, warmUp, half, first));
		List<Long> seconds = new ArrayList<>(latencies(concurrency, warmUp, half, second));
		seconds.addAll(latencies(concurrency, warmUp, half, second));
		firsts.addAll(latencies(concurrency, warmUp, half, first));
		return List.of(Measurement.of(concurrency, firsts, half.multipliedBy(2)),
				Measurement.of(concurrency, seconds, half.multipliedBy(2)));
	}

	private static List<Long> latencies(int concurrency, Duration warmUp, Duration measured, Request request)
			throws InterruptedException {
		AtomicLong sequence = new AtomicLong();
		AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
		long start = System.nanoTime() + warmUp.toNanos();
		long end = start + measured.toNanos();
		List<List<Long>> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < concurrency; t++) {
			List<Long> mine = new ArrayList<>();
			latencies.add(mine);
			threads.add(Thread.ofPlatform()
				.uncaughtExceptionHandler((thread, ex) -> failure.compareAndSet(null, ex))
				.start(() -> loop(request, sequence, start, end, mine)));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		Throwable failed = failure.get();
		if (failed != null) {
			throw new IllegalStateException("The benchmark stopped: " + failed.getMessage(), failed);
		}
		return latencies.stream().flatMap(List::stream).toList();
	}

	private static void loop(Request request, AtomicLong sequence, long start, long end, List<Long> latencies) {
		long now = System.nanoTime();
		while (now < end) {
			long sent = now;
			try {
				request.send(sequence.getAndIncrement());
			}
			catch (Exception ex) {
				throw new IllegalStateException("A benchmark request failed", ex);
			}
			now = System.nanoTime();
			if (sent >= start) {
				latencies.add(now - sent);
			}
		}
	}

	@FunctionalInterface
	interface Request {

		void send(long n) throws Exception;

	}

	/**
	 * What one run measured.
	 *
	 * @param concurrency how many requests were in flight
	 * @param requests how many answered in the measured time
	 * @param p50Millis median latency
	 * @param p99Millis 99th percentile latency
	 * @param perSecond throughput
	 */
	record Measurement(int concurrency, long requests, double p50Millis, double p99Millis, double perSecond) {

		static Measurement of(int concurrency, List<Long> latencies, Duration measured) {
			List<Long> sorted = latencies.stream().sorted().toList();
			return new Measurement(concurrency, sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.99),
					sorted.size() / (measured.toNanos() / 1e9));
		}

		private static double percentile(List<Long> sorted, double fraction) {
			if (sorted.isEmpty()) {
				return Double.NaN;
			}
			int index = (int) Math.min(sorted.size() - 1, Math.ceil(fraction * sorted.size()) - 1);
			return sorted.get(Math.max(0, index)) / 1e6;
		}

	}

}
