package org.grassroots.search.article;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.grassroots.search.ElasticsearchIntegrationTest;
import org.grassroots.search.FrozenElasticsearch;
import org.grassroots.search.article.ArticleIndex.Change;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The start-up step that puts this version's index behind the alias survives a slow
 * cluster and being repeated: changes to the indices wait longer than a visitor's
 * deadline, and a start cut short after creating the index finishes the job next time
 * instead of leaving visitors without an alias.
 */
@TestPropertySource(properties = "spring.elasticsearch.socket-timeout=2s")
class IndexStartIT extends ElasticsearchIntegrationTest {

	@Autowired
	ElasticsearchArticleIndex index;

	@Test
	void anIndexAStartCutShortCreatedIsPutBehindTheAliasAtTheNextStartWithItsDocumentsKept() throws Exception {
		ArticleDocument lights = ArticleDocument.live("article-start-lights", "start-lights", List.of("case-start"),
				"南村村加装22盏太阳能路灯", "不到1个月，22盏太阳能路灯安装完成。", "惠及120余户村民。", "蓬江区荷塘镇南村村", List.of(), "",
				"2026-03-01T09:00:00+08:00", "2026-03-01T09:00:00+08:00", 1,
				new ArticleDocument.Context(List.of("MICRO_PROJECT"), List.of(), List.of(), List.of(), List.of(),
						List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 2026, 0, 0));
		assertThat(this.index.apply(List.of(new Change(lights, System.currentTimeMillis())))).isEmpty();
		IndexLayout layout = this.index.layout();
		// What an earlier start left when it stopped after creating the index
		layout.administration()
			.indices()
			.updateAliases((update) -> update.actions((action) -> action
				.remove((remove) -> remove.index(ElasticsearchArticleIndex.INDEX).alias(IndexLayout.ALIAS))));
		assertThat(layout.behind(IndexLayout.ALIAS)).isEmpty();

		this.index.afterPropertiesSet();

		assertThat(layout.behind(IndexLayout.ALIAS)).containsExactly(ElasticsearchArticleIndex.INDEX);
		assertThat(this.index.createdAtStart()).isTrue();
		assertThat(this.index.search(ArticleQuery.of("太阳能路灯", 10)).hits()).extracting((hit) -> hit.article().id())
			.contains("article-start-lights");
		// Other tests search the same index
		assertThat(this.index.apply(
				List.of(new Change(ArticleDocument.tombstone("article-start-lights"), System.currentTimeMillis() + 1))))
			.isEmpty();
	}

	@Test
	void aChangeToTheIndicesWaitsOutAPauseThatEndsAVisitorsSearch() throws Exception {
		IndexLayout layout = this.index.layout();
		long started = System.nanoTime();
		FrozenElasticsearch frozen = FrozenElasticsearch.freeze();
		CompletableFuture<Void> thawed = CompletableFuture.runAsync(frozen::close,
				CompletableFuture.delayedExecutor(4, TimeUnit.SECONDS));
		try {
			assertThatExceptionOfType(SearchUnavailableException.class)
				.isThrownBy(() -> this.index.search(ArticleQuery.of("路灯", 10)));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));

			layout.refreshInterval(ElasticsearchArticleIndex.INDEX, IndexLayout.REFRESH_INTERVAL);

			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
		}
		finally {
			thawed.get(10, TimeUnit.SECONDS);
		}
		assertThat(layout.behind(IndexLayout.ALIAS)).containsExactly(ElasticsearchArticleIndex.INDEX);
	}

}
