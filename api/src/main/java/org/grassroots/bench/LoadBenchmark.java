package org.grassroots.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.grassroots.graph.bench.BaselinePages;
import org.grassroots.search.local.LocalElasticsearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./grassroots load <preset> [--bench.seconds=60] [--bench.clients=32]}: the five
 * benchmark pages as a mix (each client takes the pages in turn, each for the next
 * sample), from many clients at once, each sending its next request as soon as the last
 * one answered. Counts successes, refusals (503 with {@code Retry-After}) and errors, the
 * latencies of each page, and the heap (after a full collection) and resident memory of
 * the application and Elasticsearch before and after; every minute it logs the heap, so a
 * long run (a soak) shows whether it stays flat. Prints a Markdown report and writes it
 * beside the store.
 */
public final class LoadBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(LoadBenchmark.class);

	private LoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (BenchApplication application = BenchApplication.start(args)) {
			Duration duration = Duration.ofSeconds(Long.parseLong(application.property("bench.seconds", "60")));
			int clients = Integer.parseInt(application.property("bench.clients", "32"));
			GraphQlHttp http = new GraphQlHttp(application.port());
			FrontendPages pages = new FrontendPages(http,
					application.context().getBean(BaselinePages.class).samples(50));
			Optional<LocalElasticsearch> search = application.context()
				.getBeanProvider(LocalElasticsearch.class)
				.stream()
				.findFirst();
			// Compiled code and cached plans first
			run(pages, http, 8, Duration.ofSeconds(10), Duration.ZERO);
			Memory before = Memory.now(search);
			List<String> heapOverTime = new ArrayList<>();
			Result result = run(pages, http, clients, duration, Duration.ofMinutes(1), heapOverTime);
			Memory after = Memory.now(search);
			String report = report(application, clients, duration, result, before, after, heapOverTime);
			Path file = application.report("-load-" + duration.toSeconds() + "s.md");
			Files.writeString(file, report);
			System.out.println(report);
			logger.info("Written to {}", file.toAbsolutePath());
		}
	}

	private static Result run(FrontendPages pages, GraphQlHttp http, int clients, Duration duration,
			Duration sampleEvery) throws InterruptedException {
		return run(pages, http, clients, duration, sampleEvery, new ArrayList<>());
	}

	private static Result run(FrontendPages pages, GraphQlHttp http, int clients, Duration duration,
			Duration sampleEvery, List<String> heapOverTime) throws InterruptedException {
		Result result = new Result();
		long end = System.nanoTime() + duration.toNanos();
		AtomicLong sequence = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			threads.add(Thread.ofPlatform().start(() -> {
				while (System.nanoTime() < end) {
					long n = sequence.getAndIncrement();
					int page = (int) (n % FrontendPages.NAMES.size());
					Map.Entry<String, Map<String, String>> request = pages.request(page,
							n / FrontendPages.NAMES.size());
					long sent = System.nanoTime();
					try {
						PlainHttp.Response response = http.exchange(request.getKey(), request.getValue());
						result.record(page, System.nanoTime() - sent, response.status(), response.body());
					}
					catch (IOException ex) {
						result.record(page, System.nanoTime() - sent, 0, ex.toString());
					}
				}
			}));
		}
		if (!sampleEvery.isZero()) {
			long started = System.nanoTime();
			for (long next = started + sampleEvery.toNanos(); next < end; next += sampleEvery.toNanos()) {
				Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
				String sample = "%d s: heap %d MB after collection, RSS %d MB".formatted(
						(System.nanoTime() - started) / 1_000_000_000, Memory.heapAfterCollection(),
						Memory.rss(ProcessHandle.current()));
				heapOverTime.add(sample);
				logger.info(sample);
			}
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return result;
	}

	private static String report(BenchApplication application, int clients, Duration duration, Result result,
			Memory before, Memory after, List<String> heapOverTime) {
		StringBuilder report = new StringBuilder();
		report.append("%d clients for %d s on the `%s` preset: %d requests, %.0f/s; %d refused (503), %d errors%n%n"
			.formatted(clients, duration.toSeconds(), application.preset().name(), result.total(),
					result.total() / (double) duration.toSeconds(), result.refused.get(), result.errors.get()));
		report.append("| Page | Requests | Refused | Errors | p50 ms | p99 ms | max ms |\n");
		report.append("|---|---:|---:|---:|---:|---:|---:|\n");
		for (int page = 0; page < FrontendPages.NAMES.size(); page++) {
			List<Long> sorted = result.latencies.get(page).stream().sorted().toList();
			report.append("| %s | %d | %d | %d | %.1f | %.1f | %.1f |%n".formatted(FrontendPages.NAMES.get(page),
					sorted.size(), result.refusedByPage[page].get(), result.errorsByPage[page].get(),
					percentile(sorted, 0.5), percentile(sorted, 0.99), percentile(sorted, 1.0)));
		}
		report.append("\n| Memory | Before | After |\n|---|---:|---:|\n");
		report.append(
				"| Application heap after a full collection, MB | %d | %d |%n".formatted(before.heap(), after.heap()));
		report.append("| Application resident, MB | %d | %d |%n".formatted(before.application(), after.application()));
		report.append("| Elasticsearch resident, MB | %d | %d |%n".formatted(before.search(), after.search()));
		report.append("| Together, MB | %d | %d |%n".formatted(before.application() + before.search(),
				after.application() + after.search()));
		if (!heapOverTime.isEmpty()) {
			report.append("\nHeap over the run: ").append(String.join("; ", heapOverTime)).append('\n');
		}
		if (!result.firstErrors.isEmpty()) {
			report.append("\nFirst errors: ").append(String.join(" | ", result.firstErrors)).append('\n');
		}
		return report.toString();
	}

	private static double percentile(List<Long> sorted, double fraction) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(fraction * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/** What the clients met, per page. */
	private static final class Result {

		private final List<ConcurrentLinkedQueue<Long>> latencies = new ArrayList<>();

		private final AtomicLong[] refusedByPage = new AtomicLong[FrontendPages.NAMES.size()];

		private final AtomicLong[] errorsByPage = new AtomicLong[FrontendPages.NAMES.size()];

		private final AtomicLong refused = new AtomicLong();

		private final AtomicLong errors = new AtomicLong();

		private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

		Result() {
			for (int page = 0; page < FrontendPages.NAMES.size(); page++) {
				this.latencies.add(new ConcurrentLinkedQueue<>());
				this.refusedByPage[page] = new AtomicLong();
				this.errorsByPage[page] = new AtomicLong();
			}
		}

		void record(int page, long nanos, int status, String body) {
			this.latencies.get(page).add(nanos);
			if (status == 503 && body.contains("UNAVAILABLE")) {
				this.refused.incrementAndGet();
				this.refusedByPage[page].incrementAndGet();
			}
			else if (status != 200 || body.contains("\"errors\"")) {
				this.errors.incrementAndGet();
				this.errorsByPage[page].incrementAndGet();
				if (this.firstErrors.size() < 5) {
					this.firstErrors.add(status + " " + body.substring(0, Math.min(200, body.length())));
				}
			}
		}

		long total() {
			return this.latencies.stream().mapToLong(ConcurrentLinkedQueue::size).sum();
		}

	}

	/**
	 * Memory in MB.
	 *
	 * @param heap the application's heap in use after a full collection
	 * @param application the application's resident set
	 * @param search Elasticsearch's resident set (its launcher and server)
	 */
	private record Memory(long heap, long application, long search) {

		static Memory now(Optional<LocalElasticsearch> search) {
			long heap = heapAfterCollection();
			return new Memory(heap, rss(ProcessHandle.current()),
					search.map((server) -> server.processes().stream().mapToLong(Memory::rss).sum()).orElse(0L));
		}

		static long heapAfterCollection() {
			System.gc();
			return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
		}

		static long rss(ProcessHandle process) {
			try {
				return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))
					.stream()
					.filter((line) -> line.startsWith("VmRSS:"))
					.mapToLong((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
					.sum();
			}
			catch (IOException ex) {
				return 0;
			}
		}

	}

}
