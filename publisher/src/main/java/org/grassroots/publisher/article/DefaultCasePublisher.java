package org.grassroots.publisher.article;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.grassroots.graph.article.ArticleStore;
import org.grassroots.graph.article.StoredArticle;
import org.grassroots.graph.cases.Case;
import org.grassroots.graph.cases.Cases;
import org.grassroots.search.article.ArticleDocument;
import org.grassroots.search.article.ArticleIndex;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Stores the article first, then indexes it: the graph is the record, the index can be
 * rebuilt from it.
 */
@Service
class DefaultCasePublisher implements CasePublisher {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Cases cases;

	private final ArticleStore articles;

	private final ArticleIndex index;

	private final Clock clock;

	DefaultCasePublisher(Cases cases, ArticleStore articles, ArticleIndex index, ObjectProvider<Clock> clock) {
		this.cases = cases;
		this.articles = articles;
		this.index = index;
		this.clock = clock.getIfAvailable(() -> Clock.system(CHINA));
	}

	@Override
	public Article publish(String caseId) {
		Case kase = this.cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
		StoredArticle stored = this.articles.save(articleOf(kase)).orElseThrow(() -> new CaseNotFoundException(caseId));
		this.index.index(documentOf(stored, kase));
		return new Article(stored.id(), stored.slug(), stored.caseId(), stored.title(), stored.summary(),
				stored.bodyHtml(), stored.publishedAt());
	}

	private StoredArticle articleOf(Case kase) {
		return new StoredArticle("article-" + kase.id(), kase.id(), kase.id(), kase.title(), kase.summary(),
				ArticleHtml.fromNarrative(kase.narrative()),
				OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MILLIS));
	}

	private static ArticleDocument documentOf(StoredArticle article, Case kase) {
		return new ArticleDocument(article.id(), article.slug(), article.caseId(), article.title(), article.summary(),
				ArticleHtml.toPlainText(article.bodyHtml()), kase.kind().name(), kase.place(),
				article.publishedAt().toString());
	}

}
