package org.grassroots.application.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.grassroots.application.access.Caller;
import org.grassroots.application.journal.Mutations;
import org.grassroots.graph.article.ArticleStore;
import org.grassroots.graph.failure.GraphFailures;
import org.grassroots.graph.article.Publication;
import org.grassroots.search.article.ArticleDocument;
import org.grassroots.search.article.ArticleIndex;
import org.grassroots.search.article.ArticleIndex.Change;
import org.grassroots.search.article.IndexMaintenance;
import org.grassroots.search.article.IndexMaintenance.Build;
import org.grassroots.search.article.IndexMaintenance.Indexed;
import org.grassroots.search.article.SearchSynonyms;
import org.grassroots.search.article.SearchUnavailableException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the search index from the graph while visitors keep searching the old one, and
 * compares an index with the graph. A rebuild copies every article in key order in
 * batches, recording in the new index how far it got: an application stopped half way
 * resumes the build when it starts again. The new index is checked (and repaired) before
 * the alias moves to it, and the live index is checked after.
 */
@Service
public class SearchMaintenance {

	private static final Logger logger = LoggerFactory.getLogger(SearchMaintenance.class);

	private static final int BATCH = 1000;

	/** How often a build records how far it got (a mapping update each time). */
	private static final long PROGRESS_NANOS = 2_000_000_000L;

	private final ArticleStore articles;

	private final IndexMaintenance index;

	private final ArticleIndex search;

	private final SearchSync sync;

	private final SearchSynonyms synonyms;

	private final Mutations mutations;

	private final Clock clock;

	private final AtomicReference<Status> status = new AtomicReference<>(Status.IDLE);

	SearchMaintenance(ArticleStore articles, IndexMaintenance index, ArticleIndex search, SearchSync sync,
			SearchSynonyms synonyms, Mutations mutations, ObjectProvider<Clock> clock) {
		this.articles = articles;
		this.index = index;
		this.search = search;
		this.sync = sync;
		this.synonyms = synonyms;
		this.mutations = mutations;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Starts a rebuild in the background (or reports the one under way); audited.
	 * @return the rebuild's state as it starts
	 */
	public Status reindex(Caller caller) {
		caller.requireAdmin();
		Status running = this.status.get();
		if (running.state() == State.RUNNING) {
			return running;
		}
		this.mutations.run(caller, "reindexSearch",
				(recorder) -> recorder.target("SearchIndex", "articles", null).changed("rebuild", null, "started"));
		return start();
	}

	/** How the last rebuild went, or goes. */
	public Status status(Caller caller) {
		caller.requireAdmin();
		Status status = this.status.get();
		if (status.state() == State.IDLE) {
			// Nothing rebuilt since the start: the index visitors search now
			return new Status(State.IDLE, null, this.index.liveIndex(), 0, 0, null, null, null, null);
		}
		return status;
	}

	/**
	 * Compares the live index with the graph and, asked to, repairs what differs
	 * (audited).
	 */
	public CheckReport check(Caller caller, boolean repair) {
		caller.requireAdmin();
		if (!repair) {
			return check(this.index.liveIndex(), false);
		}
		CheckReport report = check(this.index.liveIndex(), true);
		this.mutations.run(caller, "checkSearchIndex", (recorder) -> recorder.target("SearchIndex", "articles", null)
			.changed("repaired", null, report.repaired()));
		return report;
	}

	/**
	 * Reads the synonym file again and gives its rules to the query analyzer, without
	 * reindexing; the audit trail keeps who did it and how many rules apply.
	 * @return how many rules apply now
	 */
	public int reloadSynonyms(Caller caller) {
		caller.requireAdmin();
		List<String> rules = this.synonyms.rules();
		return this.mutations.run(caller, "reloadSearchSynonyms", (recorder) -> {
			int applied = this.search.applySynonyms(rules);
			recorder.target("SearchIndex", "articles", null).changed("synonymRules", null, applied);
			return applied;
		});
	}

	/** A build an earlier run left unfinished goes on. */
	@EventListener(ApplicationReadyEvent.class)
	void resumeInterrupted() {
		Build build = this.index.build();
		if (build != null) {
			logger.info("Resuming the rebuild of {} after {} articles", build.index(), build.copied());
			start();
		}
	}

	private synchronized Status start() {
		if (this.status.get().state() == State.RUNNING) {
			return this.status.get();
		}
		Status starting = new Status(State.RUNNING, null, this.index.liveIndex(), 0, 0, this.clock.instant(), null,
				null, null);
		this.status.set(starting);
		Thread.ofPlatform().name("search-rebuild").daemon().start(this::rebuild);
		return starting;
	}

	private void rebuild() {
		Status status = this.status.get();
		try {
			Build build = this.index.startBuild();
			// Writers see the new index a moment later: the copy starts at once, and the
			// check waits for them, as it repairs whatever a delivery that saw only the
			// old index left behind in the new one
			long settled = System.nanoTime() + this.index.settleMillis() * 1_000_000;
			List<String> ids = this.articles.ids();
			int from = 0;
			if (build.after() != null) {
				while (from < ids.size() && ids.get(from).compareTo(build.after()) <= 0) {
					from++;
				}
			}
			long copied = build.copied();
			status = status.with(build.index(), copied, copied + ids.size() - from);
			this.status.set(status);
			Halving<String, List<Change>> reading = new Halving<>("Reading", this.sync::changes,
					SearchMaintenance::concatenated, GraphFailures::isUnavailable, Thread::sleep);
			Halving<Change, Map<String, String>> writer = writer(build.index());
			long copyStarted = System.nanoTime();
			long recorded = copyStarted;
			long read = 0;
			long written = 0;
			// The next batch is read from the graph while the last one is written
			List<List<String>> batches = new ArrayList<>();
			for (; from < ids.size(); from += BATCH) {
				batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
			}
			try (ExecutorService reader = Executors
				.newSingleThreadExecutor(Thread.ofPlatform().name("search-rebuild-reader").daemon().factory())) {
				Future<List<Change>> next = batches.isEmpty() ? null
						: reader.submit(() -> reading.apply(batches.get(0)));
				for (int b = 0; b < batches.size(); b++) {
					List<String> batch = batches.get(b);
					long waiting = System.nanoTime();
					List<Change> changes = java.util.Objects.requireNonNull(next).get();
					long writing = System.nanoTime();
					read += writing - waiting;
					if (b + 1 < batches.size()) {
						List<String> following = batches.get(b + 1);
						next = reader.submit(() -> reading.apply(following));
					}
					Map<String, String> failures = writer.apply(changes);
					written += System.nanoTime() - writing;
					if (!failures.isEmpty()) {
						throw new IllegalStateException(failures.size() + " articles could not be written, e.g. "
								+ failures.entrySet().iterator().next());
					}
					copied += batch.size();
					if (System.nanoTime() - recorded > PROGRESS_NANOS || b + 1 == batches.size()) {
						this.index.progress(build.index(), batch.get(batch.size() - 1), copied);
						recorded = System.nanoTime();
					}
					status = status.with(build.index(), copied, status.total());
					this.status.set(status);
				}
			}
			catch (ExecutionException ex) {
				throw (ex.getCause() instanceof RuntimeException failure) ? failure
						: new IllegalStateException(ex.getCause());
			}
			long unsettled = settled - System.nanoTime();
			if (unsettled > 0) {
				Thread.sleep(unsettled / 1_000_000, (int) (unsettled % 1_000_000));
			}
			long checkStarted = System.nanoTime();
			CheckReport check = check(build.index(), true);
			String left = this.index.switchTo(build.index());
			logger.info(
					"Rebuilt the search index as {} ({} articles copied in {} ms: {} ms waiting for the graph, {} ms writing;"
							+ " checked in {} ms; left {}): {}",
					build.index(), copied, (checkStarted - copyStarted) / 1_000_000, read / 1_000_000,
					written / 1_000_000, (System.nanoTime() - checkStarted) / 1_000_000, left, check.summary());
			this.status.set(new Status(State.DONE, build.index(), build.index(), copied, status.total(),
					status.startedAt(), this.clock.instant(), null, check));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			logger.warn("The search index rebuild stopped; it resumes when started again", ex);
			this.status.set(new Status(State.FAILED, status.index(), status.liveIndex(), status.copied(),
					status.total(), status.startedAt(), this.clock.instant(), String.valueOf(ex.getMessage()), null));
		}
	}

	private static List<Change> concatenated(List<Change> first, List<Change> second) {
		List<Change> both = new ArrayList<>(first);
		both.addAll(second);
		return both;
	}

	private static Map<String, String> merged(Map<String, String> first, Map<String, String> second) {
		Map<String, String> both = new HashMap<>(first);
		both.putAll(second);
		return both;
	}

	/**
	 * Missing: live in the graph, not (or not live) in the index; stale: live in both,
	 * the index at an older publication; extra: live in the index, not in the graph.
	 */
	CheckReport check(String target, boolean repair) {
		Map<String, Publication.State> graph = this.articles.states();
		Map<String, Indexed> indexed = this.index.contents(target);
		List<String> missing = new ArrayList<>();
		List<String> stale = new ArrayList<>();
		List<String> extra = new ArrayList<>();
		graph.forEach((id, state) -> {
			Indexed held = indexed.get(id);
			if (state.live() && (held == null || !held.live())) {
				missing.add(id);
			}
			else if (state.live() && held.version() < state.sequence()) {
				stale.add(id);
			}
		});
		indexed.forEach((id, held) -> {
			Publication.State state = graph.get(id);
			if (held.live() && (state == null || !state.live())) {
				extra.add(id);
			}
		});
		int repaired = 0;
		if (repair) {
			TreeSet<String> ids = new TreeSet<>(missing);
			ids.addAll(stale);
			ids.addAll(extra);
			List<Change> changes = new ArrayList<>(this.sync.changes(ids));
			for (String id : extra) {
				if (!graph.containsKey(id)) {
					// An article the graph does not know: a tombstone above the index's
					// version
					changes.add(new Change(ArticleDocument.tombstone(id), indexed.get(id).version() + 1));
				}
			}
			try {
				repaired = changes.size() - writer(target).apply(changes).size();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new SearchUnavailableException("The repair of " + target + " was interrupted", ex);
			}
		}
		return new CheckReport(target, graph.size(), indexed.size(), List.copyOf(new TreeSet<>(missing)),
				List.copyOf(new TreeSet<>(stale)), List.copyOf(new TreeSet<>(extra)), repaired);
	}

	/**
	 * Writes to an index in halves when a batch runs out of time: a rebuild's copy, and
	 * the check's repairs (after a rebuild, every article a delivery wrote meanwhile to
	 * the old index only, at once).
	 */
	private Halving<Change, Map<String, String>> writer(String target) {
		return new Halving<>("Writing", (part) -> this.index.applyTo(target, part), SearchMaintenance::merged,
				SearchUnavailableException.class::isInstance, Thread::sleep);
	}

	/** Where a rebuild is. */
	public enum State {

		IDLE, RUNNING, DONE, FAILED

	}

	/**
	 * A rebuild's state.
	 *
	 * @param state where it is
	 * @param index the index it builds
	 * @param liveIndex the index visitors search
	 * @param copied articles copied so far
	 * @param total articles to copy
	 * @param startedAt when it started
	 * @param finishedAt when it ended
	 * @param error why it stopped, when it failed
	 * @param check the check of the new index, before the switch
	 */
	public record Status(State state, @Nullable String index, String liveIndex, long copied, long total,
			@Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String error,
			@Nullable CheckReport check) {

		static final Status IDLE = new Status(State.IDLE, null, "", 0, 0, null, null, null, null);

		Status with(String index, long copied, long total) {
			return new Status(this.state, index, this.liveIndex, copied, total, this.startedAt, this.finishedAt,
					this.error, this.check);
		}

	}

	/**
	 * What a check found.
	 *
	 * @param index the index checked
	 * @param articles articles in the graph
	 * @param documents documents in the index (tombstones included)
	 * @param missing live in the graph, not found in the index
	 * @param stale found at an older publication than the graph's
	 * @param extra found in the index, not live in the graph
	 * @param repaired how many were written again (zero without repair)
	 */
	public record CheckReport(String index, long articles, long documents, List<String> missing, List<String> stale,
			List<String> extra, int repaired) {

		String summary() {
			return "%d missing, %d stale, %d extra, %d repaired".formatted(this.missing.size(), this.stale.size(),
					this.extra.size(), this.repaired);
		}

	}

}
