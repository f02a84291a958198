package org.grassroots.application.delivery;

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
import org.grassroots.search.article.ArticleIndex.Change;
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
		return this.index.apply(this.articles.publications(articleIds).stream().map(SearchSync::change).toList());
	}

	private static Change change(Publication publication) {
		if (publication.live() == null) {
			return new Change(ArticleDocument.tombstone(publication.id()), publication.sequence());
		}
		StoredArticle article = publication.live().article();
		return new Change(new ArticleDocument(article.id(), article.slug(), article.caseIds(), article.title(),
				article.summary(), ArticleHtml.toPlainText(article.bodyHtml()), publication.live().kinds(),
				publication.live().place(), publication.live().regionIds(), article.tags(),
				article.publishedAt().toString(), article.revision(), true), publication.sequence());
	}

	/** A new (or rebuilt) index gets every article once the application is up. */
	@EventListener(ApplicationReadyEvent.class)
	void fillNewIndex() {
		if (!this.index.createdAtStart()) {
			return;
		}
		List<String> ids = this.articles.ids();
		Map<String, String> failures = new LinkedHashMap<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			failures.putAll(sync(ids.subList(from, Math.min(ids.size(), from + BATCH))));
		}
		logger.info("Filled the new search index with {} articles ({} failed)", ids.size(), failures.size());
	}

}
