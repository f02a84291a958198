package org.grassroots.search.article;

import java.util.List;

import org.grassroots.search.ElasticsearchIntegrationTest;
import org.grassroots.search.article.ArticleIndex.Change;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIndexIT extends ElasticsearchIntegrationTest {

	private static final ArticleDocument LIGHTS = document("article-lights", "南村村加装22盏太阳能路灯", "不到1个月，22盏太阳能路灯安装完成。",
			"代表在联络站接待群众时了解到市联小组至高速公路路段路灯缺失，惠及120余户村民。", "蓬江区荷塘镇南村村");

	private static final ArticleDocument DRAINAGE = document("article-drainage", "文苑社区老旧小区排水改造", "获18万元资金支持。",
			"群众反映社区排水堵塞问题多发，改造已完成验收。", "江海区礼乐街道文苑社区");

	private static long version = System.currentTimeMillis();

	private static ArticleDocument document(String id, String title, String summary, String body, String place) {
		return ArticleDocument.live(id, id.replace("article-", ""), List.of("case-" + id), title, summary, body, place,
				List.of(), "", "2026-03-01T09:00:00+08:00", "2026-03-01T09:00:00+08:00", 1,
				new ArticleDocument.Context(List.of("MICRO_PROJECT"), List.of(), List.of(), List.of(), List.of(),
						List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 2026, 0, 0));
	}

	/**
	 * A version higher than any before: each test's writes are newer than the last
	 * test's.
	 */
	private static long next() {
		return ++version;
	}

	@Autowired
	ArticleIndex index;

	@BeforeEach
	void indexArticles() {
		assertThat(this.index.apply(List.of(new Change(LIGHTS, next()), new Change(DRAINAGE, next())))).isEmpty();
	}

	@Test
	void aWordFromTheBodyFindsTheArticleWithAHighlightedFragment() {
		ArticleSearchResult result = this.index.search(ArticleQuery.of("高速公路", 10));

		assertThat(result.hits()).extracting((hit) -> hit.article().id()).containsExactly("article-lights");
		assertThat(result.hits().getFirst().highlights()).anySatisfy((highlight) -> {
			assertThat(highlight.field()).isEqualTo("body");
			assertThat(highlight.fragments()).anySatisfy((fragment) -> assertThat(fragment).contains("<mark>"));
		});
	}

	@Test
	void aWordTheSegmenterSplitsIsFoundThroughBigrams() {
		ArticleSearchResult result = this.index.search(ArticleQuery.of("路灯", 10));

		assertThat(result.hits()).extracting((hit) -> hit.article().id()).containsExactly("article-lights");
		assertThat(result.hits().getFirst().highlights()).extracting(Highlight::field).contains("title");
		assertThat(result.hits().getFirst().highlights().getFirst().fragments().getFirst()).contains("<mark>路灯</mark>");
	}

	@Test
	void storiesWithSomeOfTheWordsAreFoundAndThoseWithAllComeFirst() {
		assertThat(this.index.search(ArticleQuery.of("排水 路灯", 10)).hits()).extracting((hit) -> hit.article().id())
			.containsExactlyInAnyOrder("article-drainage", "article-lights");
		assertThat(this.index.search(ArticleQuery.of("排水改造 路灯", 10)).hits()).extracting((hit) -> hit.article().id())
			.first()
			.isEqualTo("article-drainage");
		assertThat(this.index.search(ArticleQuery.of("文苑 排水 改造", 10)).hits()).extracting((hit) -> hit.article().id())
			.containsExactly("article-drainage");
	}

	@Test
	void indexingAgainReplacesTheDocument() {
		this.index.apply(List.of(new Change(
				document(DRAINAGE.id(), "文苑社区排水改造完工", DRAINAGE.summary(), DRAINAGE.body(), DRAINAGE.place()), next())));

		ArticleSearchResult result = this.index.search(ArticleQuery.of("文苑", 10));

		assertThat(result.total()).isEqualTo(1);
		assertThat(result.hits().getFirst().article().title()).isEqualTo("文苑社区排水改造完工");
	}

	@Test
	void textAroundTheMatchIsHtmlEscaped() {
		this.index.apply(
				List.of(new Change(document("article-escape", "标题<b>", "摘要", "<script>x</script>接待群众", "江门"), next())));

		ArticleSearchResult result = this.index.search(ArticleQuery.of("script 接待", 10));

		assertThat(result.hits().getFirst().article().id()).isEqualTo("article-escape");
		assertThat(result.hits().getFirst().highlights().getFirst().fragments().getFirst()).doesNotContain("<script>")
			.contains("&lt;");
		assertThat(result.hits()).allSatisfy((hit) -> assertThat(hit.highlights())
			.allSatisfy((highlight) -> assertThat(highlight.fragments()).noneMatch((f) -> f.contains("<script>"))));
	}

	@Test
	void aTakenDownArticleIsNotFoundAndAnOlderWriteDoesNotBringItBack() {
		long takenDown = next();
		assertThat(this.index.apply(List.of(new Change(ArticleDocument.tombstone(LIGHTS.id()), takenDown)))).isEmpty();

		assertThat(this.index.search(ArticleQuery.of("路灯", 10)).hits()).isEmpty();

		assertThat(this.index.apply(List.of(new Change(LIGHTS, takenDown - 1)))).isEmpty();
		assertThat(this.index.search(ArticleQuery.of("路灯", 10)).hits()).isEmpty();
		assertThat(this.index.apply(List.of(new Change(LIGHTS, next())))).isEmpty();
		assertThat(this.index.search(ArticleQuery.of("路灯", 10)).hits()).extracting((hit) -> hit.article().id())
			.containsExactly("article-lights");
	}

	@Test
	void aRepeatedWriteOfTheSameVersionIsSkippedWithoutFailing() {
		long same = next();
		ArticleDocument renamed = document(DRAINAGE.id(), "重复投递", DRAINAGE.summary(), DRAINAGE.body(),
				DRAINAGE.place());

		assertThat(this.index.apply(List.of(new Change(renamed, same)))).isEmpty();
		assertThat(this.index.apply(List.of(new Change(DRAINAGE, same)))).isEmpty();

		assertThat(this.index.search(ArticleQuery.of("文苑", 10)).hits()).extracting((hit) -> hit.article().title())
			.containsExactly("重复投递");
	}

}
