package org.grassroots.publisher.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
		assertThat(ArticleHtml.toPlainText("<p>惠及120余户村民</p>\n<p>夜间出行安全</p>")).isEqualTo("惠及120余户村民\n\n夜间出行安全");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a script                  | <p>路灯</p><script>alert(1)</script>                          | <p>路灯</p>
					an event handler          | <p onmouseover="x()">路灯</p>                                 | <p>路灯</p>
					a javascript link         | <a href="javascript:alert(1)">看</a>                          | <a rel="noopener nofollow">看</a>
					a data link               | <a href="data:text/html,x">看</a>                             | <a rel="noopener nofollow">看</a>
					a style                   | <p style="color:red">路灯</p><style>p{}</style>               | <p>路灯</p>
					an image                  | <p><img src="x" onerror="alert(1)">路灯</p>                   | <p>路灯</p>
					a frame                   | <iframe src="https://example.com"></iframe><p>路灯</p>        | <p>路灯</p>
					a heading of level one    | <h1>标题</h1>                                                 | 标题
					a class                   | <p class="x">路灯</p>                                         | <p>路灯</p>
					an https link             | <a href="https://www.npc.gov.cn">人大</a>                     | <a href="https://www.npc.gov.cn" rel="noopener nofollow">人大</a>
					a mail link               | <a href="mailto:rd@example.cn">来信</a>                       | <a href="mailto:rd@example.cn" rel="noopener nofollow">来信</a>
					headings two to four      | <h2>一</h2><h3>二</h3><h4>三</h4>                             | <h2>一</h2><h3>二</h3><h4>三</h4>
					a quote and a list        | <blockquote>说</blockquote><ul><li>一</li></ul>               | <blockquote>说</blockquote><ul><li>一</li></ul>
					a table                   | <table><tr><th scope="col">项</th></tr><tr><td>1</td></tr></table> | <table><tbody><tr><th scope="col">项</th></tr><tr><td>1</td></tr></tbody></table>
					a figure with its caption | <figure><figcaption>南村村路灯</figcaption></figure>          | <figure><figcaption>南村村路灯</figcaption></figure>
					""")
	void theBodyKeepsOnlyWhatTheAllowlistNames(String what, String html, String kept) {
		assertThat(ArticleHtml.sanitize(html)).as(what).isEqualTo(kept);
	}

	@Test
	void theOutlineListsTheHeadingsInOrderWithTheirLevels() {
		assertThat(ArticleHtml.outline("<h2>背景</h2><p>文</p><h3>经过</h3><h4>细节</h4><h2>成效</h2>")).containsExactly(
				new ArticleHtml.Heading(2, "背景"), new ArticleHtml.Heading(3, "经过"), new ArticleHtml.Heading(4, "细节"),
				new ArticleHtml.Heading(2, "成效"));
	}

}
