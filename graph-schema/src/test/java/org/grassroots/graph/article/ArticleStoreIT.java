package org.grassroots.graph.article;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.grassroots.graph.Neo4jIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleStoreIT extends Neo4jIntegrationTest {

	private static final String CASE_ID = "jianghai-yilu-4-stair-handrail";

	@Autowired
	ArticleStore articles;

	@Test
	void savingAgainUpdatesTheArticleButKeepsItsFirstPublicationTime() {
		OffsetDateTime first = OffsetDateTime.of(2026, 2, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
		this.articles.save(article("旧标题", first));

		StoredArticle saved = this.articles.save(article("新标题", first.plusDays(3))).orElseThrow();

		assertThat(saved.title()).isEqualTo("新标题");
		assertThat(saved.publishedAt().toInstant()).isEqualTo(first.toInstant().truncatedTo(ChronoUnit.MILLIS));
		assertThat(this.articles.findByCaseId(CASE_ID)).contains(saved);
	}

	@Test
	void anArticleForAMissingCaseIsNotStored() {
		var orphan = new StoredArticle("article-missing", "missing", "no-such-case", "t", "s", "<p>b</p>",
				OffsetDateTime.now());

		assertThat(this.articles.save(orphan)).isEmpty();
		assertThat(this.articles.findByCaseId("no-such-case")).isEmpty();
	}

	@Test
	void articlesAreFoundByTheirIdsInOneQuery() {
		var article = new StoredArticle("article-by-id", "by-id", "jianghai-wenyuan-drainage-renovation", "标题", "摘要",
				"<p>正文</p>", OffsetDateTime.now());
		StoredArticle saved = this.articles.save(article).orElseThrow();

		assertThat(this.articles.findByIds(java.util.List.of(saved.id(), "article-unknown"))).containsExactly(saved);
	}

	private static StoredArticle article(String title, OffsetDateTime publishedAt) {
		return new StoredArticle("article-" + CASE_ID, CASE_ID, CASE_ID, title, "摘要", "<p>正文</p>", publishedAt);
	}

}
