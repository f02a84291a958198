package org.grassroots.publisher.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleHtmlTests {

	@Test
	void everyParagraphOfTheNarrativeBecomesAParagraph() {
		assertThat(ArticleHtml.fromNarrative("群众反映排水堵塞。\n\n代表提交建议。\n\n\n项目完成验收。"))
			.isEqualTo("<p>群众反映排水堵塞。</p>\n<p>代表提交建议。</p>\n<p>项目完成验收。</p>");
	}

	@Test
	void markupInTheNarrativeIsShownAsTextNeverRun() {
		String html = ArticleHtml.fromNarrative("<script>alert(1)</script>接待群众");

		assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	void sanitizingDropsScriptsAndEventHandlersButKeepsBasicMarkup() {
		String html = ArticleHtml.sanitize("<p onclick=\"x()\">路灯<strong>22盏</strong></p><script>x()</script>"
				+ "<iframe src=\"https://example.com\"></iframe>");

		assertThat(html).isEqualTo("<p>路灯<strong>22盏</strong></p>");
	}

	@Test
	void plainTextKeepsTheWordsWithoutTags() {
		assertThat(ArticleHtml.toPlainText("<p>惠及120余户村民</p>\n<p>夜间出行安全</p>")).isEqualTo("惠及120余户村民\n夜间出行安全");
	}

}
