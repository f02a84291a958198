package org.grassroots.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.CommonStatsFlag;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.context.ApplicationContext;

/**
 * Looks at the article index the way the benchmarks need to: the publishing benchmark
 * (searchable yet? a write outage) and the relevance evaluation (its baseline query).
 */
public final class IndexProbe {

	private static final String INDEX = "articles";

	private final ElasticsearchClient client;

	private IndexProbe(ElasticsearchClient client) {
		this.client = client;
	}

	/** The probe on the running application's cluster. */
	public static IndexProbe of(ApplicationContext context) {
		return new IndexProbe(context.getBean(ElasticsearchClient.class));
	}

	/**
	 * Whether a search (which sees only refreshed documents) finds the article at this
	 * version (its publication sequence) or a later one.
	 */
	public boolean searchable(String articleId, long version) {
		try {
			SearchResponse<Void> response = this.client.search(
					(search) -> search.index(INDEX).version(true).query((q) -> q.ids((ids) -> ids.values(articleId))),
					Void.class);
			return response.hits().hits().stream().anyMatch((hit) -> hit.version() != null && hit.version() >= version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The relevance evaluation's baseline: a plain {@code multi_match} over title,
	 * summary and body (any word may match, the best field counts) on the same index,
	 * with the word analyzer alone (no synonyms).
	 * @return the keys of the best matches, best first
	 */
	public List<String> plainSearch(String query, int size) {
		try {
			SearchResponse<Void> response = this.client.search(
					(search) -> search.index(INDEX)
						.size(size)
						.source((source) -> source.fetch(false))
						.query((q) -> q.bool((bool) -> bool.must((must) -> must.multiMatch(
								(match) -> match.query(query).analyzer("zh_word").fields("title", "summary", "body")))
							.filter((filter) -> filter.term((term) -> term.field("live").value(true))))),
					Void.class);
			return response.hits().hits().stream().map(Hit::id).filter(java.util.Objects::nonNull).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The search benchmark's raw baseline: every document of the live index written with
	 * plain {@code _bulk} requests of {@code batch} documents into a scratch index of the
	 * same definition, refreshed once at the end (deleted after).
	 * @return how many documents were written, and the nanoseconds the writes took
	 */
	public long[] rawBulkCopy(int batch) {
		String scratch = "bench-raw-bulk";
		try {
			this.client.indices().delete((delete) -> delete.index(scratch).ignoreUnavailable(true));
			try (var definition = IndexProbe.class
				.getResourceAsStream("/" + org.grassroots.search.article.ArticleIndex.definition())) {
				this.client.indices()
					.create((create) -> create.index(scratch).withJson(java.util.Objects.requireNonNull(definition)));
			}
			List<co.elastic.clients.elasticsearch.core.search.Hit<java.util.Map>> all = new java.util.ArrayList<>();
			String after = null;
			while (true) {
				String seek = after;
				SearchResponse<java.util.Map> page = this.client.search((search) -> {
					search.index(INDEX).size(2000).sort((sort) -> sort.field((field) -> field.field("id")));
					if (seek != null) {
						search.searchAfter(co.elastic.clients.elasticsearch._types.FieldValue.of(seek));
					}
					return search;
				}, java.util.Map.class);
				all.addAll(page.hits().hits());
				if (page.hits().hits().size() < 2000) {
					break;
				}
				after = page.hits().hits().get(page.hits().hits().size() - 1).id();
			}
			long started = System.nanoTime();
			for (int from = 0; from < all.size(); from += batch) {
				var slice = all.subList(from, Math.min(all.size(), from + batch));
				// A cold cluster may not answer a request within the client's socket
				// timeout: the same documents again (their ids make it harmless), and
				// the time counts
				for (int attempt = 1;; attempt++) {
					try {
						this.client.bulk((bulk) -> {
							bulk.index(scratch);
							slice.forEach((hit) -> bulk.operations((operation) -> operation
								.index((index) -> index.id(hit.id()).document(hit.source()))));
							return bulk;
						});
						break;
					}
					catch (java.net.SocketTimeoutException ex) {
						if (attempt == 3) {
							throw ex;
						}
					}
				}
			}
			this.client.indices().refresh((refresh) -> refresh.index(scratch));
			long elapsed = System.nanoTime() - started;
			this.client.indices().delete((delete) -> delete.index(scratch));
			return new long[] { all.size(), elapsed };
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until no merge runs on any index of the cluster (at most {@code max}): a
	 * benchmark measuring searches right after a rebuild would otherwise measure them
	 * against the merges.
	 */
	public void awaitMerged(Duration max) throws InterruptedException {
		long deadline = System.nanoTime() + max.toNanos();
		try {
			int quiet = 0;
			while (quiet < 3 && System.nanoTime() < deadline) {
				var merges = this.client.indices().stats((stats) -> stats.metric(CommonStatsFlag.Merge)).all().total();
				quiet = (merges != null && merges.merges() != null && merges.merges().current() == 0) ? quiet + 1 : 0;
				Thread.sleep(500);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes the index refuse writes (a write outage), or take them again. */
	public void blockWrites(boolean blocked) {
		try {
			this.client.indices()
				.putSettings((settings) -> settings.index(INDEX)
					.settings((index) -> index.blocks((blocks) -> blocks.write(blocked))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
