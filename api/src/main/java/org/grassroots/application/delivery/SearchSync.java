package org.grassroots.application.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.article.ArticleStore;
import org.grassroots.graph.article.Publication;
import org.grassroots.graph.article.StoredArticle;
import org.grassroots.publisher.article.ArticleHtml;
import org.grassroots.search.article.ArticleDocument;
import org.grassroots.search.article.ArticleIndex;
import org.grassroots.search.article.FacetValue;
import org.grassroots.search.article.SearchUnavailableException;
import org.grassroots.search.article.ArticleIndex.Change;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the index in line with what the graph says is live now, whatever event asked for
 * it: an older event delivered late writes the current state, and the publication
 * sequence as the index's version keeps a slower writer from undoing a newer one.
 */
@Component
class SearchSync {

	private static final Logger logger = LoggerFactory.getLogger(SearchSync.class);

	private static final int BATCH = 200;

	private static final int FILL_ATTEMPTS = 4;

	private final ArticleStore articles;

	private final ArticleIndex index;

	SearchSync(ArticleStore articles, ArticleIndex index) {
		this.articles = articles;
		this.index = index;
	}

	/**
	 * Writes each article's current state to the index.
	 * @return the articles that failed, with the reason
	 * @throws org.grassroots.search.article.SearchUnavailableException when the index
	 * cannot be reached
	 */
	Map<String, String> sync(Collection<String> articleIds) {
		return this.index.apply(changes(articleIds));
	}

	/** What the index should hold of each article that exists, with its version. */
	List<Change> changes(Collection<String> articleIds) {
		return this.articles.publications(articleIds).stream().map(SearchSync::change).toList();
	}

	private static Change change(Publication publication) {
		Publication.Live live = publication.live();
		if (live == null) {
			return new Change(ArticleDocument.tombstone(publication.id()), publication.sequence());
		}
		StoredArticle article = live.article();
		return new Change(ArticleDocument.live(article.id(), article.slug(), article.caseIds(), article.title(),
				article.summary(), ArticleHtml.toPlainText(article.bodyHtml()), live.place(), article.tags(),
				article.coverText(), article.publishedAt().toString(), article.revisedAt().toString(),
				article.revision(), context(live)), publication.sequence());
	}

	/** The graph around the article's cases, as the index's filters, facets and text. */
	private static ArticleDocument.Context context(Publication.Live live) {
		List<String> names = new ArrayList<>();
		for (List<Publication.Node> nodes : List.of(live.regions(), live.stations(), live.deputies(), live.laws())) {
			nodes.forEach((node) -> names.add(node.name()));
		}
		return new ArticleDocument.Context(live.kinds(), live.statuses(), live.regionIds(),
				labelled(live.regions(), "DISTRICT"), labelled(live.regions(), "TOWN"),
				labelled(live.regions(), "VILLAGE"), labelled(live.stations(), null),
				live.stations()
					.stream()
					.map(Publication.Node::kind)
					.filter((kind) -> !kind.isEmpty())
					.distinct()
					.toList(),
				labelled(live.deputies(), null), labelled(live.laws(), null), names, live.year(), live.fundingYuan(),
				live.beneficiaries());
	}

	private static List<String> labelled(List<Publication.Node> nodes, @Nullable String kind) {
		return nodes.stream()
			.filter((node) -> kind == null || kind.equals(node.kind()))
			.map((node) -> new FacetValue(node.id(), node.name()).encoded())
			.toList();
	}

	/** A new (or rebuilt) index gets every article once the application is up. */
	@EventListener(ApplicationReadyEvent.class)
	void fillNewIndex() {
		if (!this.index.createdAtStart()) {
			return;
		}
		List<String> ids = this.articles.ids();
		Map<String, String> failures = new LinkedHashMap<>();
		boolean unavailable = false;
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			// After a batch failed every try, the rest would wait as long: not tried
			@Nullable Map<String, String> failed = unavailable ? null : fill(batch);
			if (failed == null) {
				unavailable = true;
				batch.forEach((id) -> failures.put(id, "Elasticsearch stayed too slow to answer"));
			}
			else {
				failures.putAll(failed);
			}
		}
		logger.info("Filled the new search index with {} articles ({} failed)", ids.size(), failures.size());
		if (!failures.isEmpty()) {
			logger.warn("Articles not in the search index yet: {}; `./grassroots search-check --repair` writes them",
					failures.keySet());
		}
	}

	/**
	 * One batch of the fill, tried again after growing pauses while Elasticsearch is too
	 * slow: a fresh index's first writes load the analysis plugin's dictionaries, and the
	 * application must start even when they stay slow.
	 * @return the articles that failed, with the reason; {@code null} when Elasticsearch
	 * did not answer on any try
	 */
	private @Nullable Map<String, String> fill(List<String> ids) {
		for (int attempt = 1;; attempt++) {
			try {
				return sync(ids);
			}
			catch (SearchUnavailableException ex) {
				if (attempt == FILL_ATTEMPTS || !paused(Duration.ofSeconds(1L << attempt))) {
					return null;
				}
			}
		}
	}

	private static boolean paused(Duration pause) {
		try {
			Thread.sleep(pause);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
