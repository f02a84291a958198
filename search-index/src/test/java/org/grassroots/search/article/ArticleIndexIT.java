package org.grassroots.search.article;

import org.grassroots.search.ElasticsearchIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIndexIT extends ElasticsearchIntegrationTest {

	private static final ArticleDocument LIGHTS = new ArticleDocument("article-lights", "lights", "case-lights",
			"南村村加装22盏太阳能路灯", "不到1个月，22盏太阳能路灯安装完成。", "代表在联络站接待群众时了解到市联小组至高速公路路段路灯缺失，惠及120余户村民。", "MICRO_PROJECT",
			"蓬江区荷塘镇南村村", "2026-03-01T09:00:00+08:00");

	private static final ArticleDocument DRAINAGE = new ArticleDocument("article-drainage", "drainage", "case-drainage",
			"文苑社区老旧小区排水改造", "获18万元资金支持。", "群众反映社区排水堵塞问题多发，改造已完成验收。", "MICRO_PROJECT", "江海区礼乐街道文苑社区",
			"2026-03-02T09:00:00+08:00");

	@Autowired
	ArticleIndex index;

	@BeforeEach
	void indexArticles() {
		this.index.index(LIGHTS);
		this.index.index(DRAINAGE);
	}

	@Test
	void aWordFromTheBodyFindsTheArticleWithAHighlightedFragment() {
		ArticleSearchResult result = this.index.search("高速公路", 10);

		assertThat(result.hits()).extracting((hit) -> hit.article().id()).containsExactly("article-lights");
		assertThat(result.hits().getFirst().highlights()).anySatisfy((highlight) -> {
			assertThat(highlight.field()).isEqualTo("body");
			assertThat(highlight.fragments()).anySatisfy((fragment) -> assertThat(fragment).contains("<mark>"));
		});
	}

	@Test
	void aWordTheSegmenterSplitsIsFoundThroughBigrams() {
		ArticleSearchResult result = this.index.search("路灯", 10);

		assertThat(result.hits()).extracting((hit) -> hit.article().id()).containsExactly("article-lights");
		assertThat(result.hits().getFirst().highlights()).extracting(Highlight::field).contains("title");
		assertThat(result.hits().getFirst().highlights().getFirst().fragments().getFirst()).contains("<mark>路灯</mark>");
	}

	@Test
	void everyWordOfTheQueryMustMatch() {
		assertThat(this.index.search("排水 路灯", 10).hits()).isEmpty();
		assertThat(this.index.search("排水 改造", 10).hits()).extracting((hit) -> hit.article().id())
			.containsExactly("article-drainage");
	}

	@Test
	void indexingAgainReplacesTheDocument() {
		this.index.index(new ArticleDocument(DRAINAGE.id(), DRAINAGE.slug(), DRAINAGE.caseId(), "文苑社区排水改造完工",
				DRAINAGE.summary(), DRAINAGE.body(), DRAINAGE.kind(), DRAINAGE.place(), DRAINAGE.publishedAt()));

		ArticleSearchResult result = this.index.search("文苑", 10);

		assertThat(result.total()).isEqualTo(1);
		assertThat(result.hits().getFirst().article().title()).isEqualTo("文苑社区排水改造完工");
	}

	@Test
	void textAroundTheMatchIsHtmlEscaped() {
		this.index.index(new ArticleDocument("article-escape", "escape", "case-escape", "标题<b>", "摘要",
				"<script>x</script>接待群众", "MICRO_PROJECT", "江门", "2026-03-03T09:00:00+08:00"));

		ArticleSearchResult result = this.index.search("script 接待", 10);

		assertThat(result.hits()).singleElement()
			.satisfies(
					(hit) -> assertThat(hit.highlights().getFirst().fragments().getFirst()).doesNotContain("<script>")
						.contains("&lt;"));
	}

}
