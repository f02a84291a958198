package org.grassroots;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.StaffFixture.NANCUN;
import static org.grassroots.StaffFixture.PENGJIANG;
import static org.grassroots.StaffFixture.ok;

/**
 * Script injection through every text field of a story: whatever goes in, the HTML the
 * API serves (bodies, as drafts and as published, and search highlights) holds only the
 * allowlist, and no attribute can run code. Plain-text fields come back as the text they
 * were (frontends escape them).
 */
class XssCorpusIT extends StaffIntegrationTest {

	private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "h2", "h3", "h4", "em", "strong", "b", "i", "u",
			"s", "sub", "sup", "ul", "ol", "li", "blockquote", "a", "table", "caption", "thead", "tbody", "tr", "th",
			"td", "figure", "figcaption", "#root", "html", "head", "body", "mark");

	private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "title", "rel", "colspan", "rowspan", "scope");

	/** Classic vectors, each in several wrappings: more than a hundred payloads. */
	static List<String> corpus() {
		List<String> vectors = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
				"<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<body onload=alert(1)>",
				"<iframe src=\"javascript:alert(1)\"></iframe>", "<a href=\"javascript:alert(1)\">x</a>",
				"<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
				"<a href=\"java\tscript:alert(1)\">x</a>",
				"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
				"<a href=\"vbscript:msgbox(1)\">x</a>", "<div style=\"background:url(javascript:alert(1))\">x</div>",
				"<p style=\"expression(alert(1))\">x</p>", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
				"<details open ontoggle=alert(1)>", "<input autofocus onfocus=alert(1)>",
				"<video><source onerror=alert(1)>", "<object data=\"javascript:alert(1)\"></object>",
				"<embed src=\"javascript:alert(1)\">", "<form action=\"javascript:alert(1)\"><button>x</button></form>",
				"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
				"<link rel=stylesheet href=\"javascript:alert(1)\">", "<style>@import 'javascript:alert(1)';</style>",
				"<base href=\"javascript:/\">", "\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>",
				"</p><script>alert(1)</script><p>", "<scr<script>ipt>alert(1)</scr</script>ipt>",
				"<<script>alert(1)//<</script>",
				"<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
				"<td onmouseover=alert(1)>x</td>", "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
				"<h2 onclick=alert(1)>标题</h2>", "<blockquote cite=\"javascript:alert(1)\">引</blockquote>",
				"<figure onmouseover=alert(1)><figcaption>图</figcaption></figure>",
				"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
				"<template><script>alert(1)</script></template>", "<textarea><script>alert(1)</script></textarea>",
				"<!--<img src=x onerror=alert(1)>-->", "<![CDATA[<script>alert(1)</script>]]>",
				"<a href=\"  javascript:alert(1)\">x</a>", "<a href=\"mailto:x@example.com\" onfocus=alert(1)>x</a>",
				"javascript:alert(1)", "<img src=\"x\" alt=\"\" onerror=\"eval(atob('YWxlcnQoMSk='))\">",
				"<ul><li onclick=alert(1)>x</li></ul>", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
				"<isindex action=javascript:alert(1) type=image>", "<marquee onstart=alert(1)>x</marquee>",
				"<keygen autofocus onfocus=alert(1)>", "<select autofocus onfocus=alert(1)>");
		List<String> payloads = new ArrayList<>();
		for (String vector : vectors) {
			payloads.add(vector);
			payloads.add("<p>路灯" + vector + "照明</p>");
		}
		return payloads;
	}

	@Test
	void nothingExecutableComesOutOfTheApiWhateverGoesIntoAStory() {
		List<String> corpus = corpus();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
		HttpSyncGraphQlClient editor = this.staff.as(this.staff.account("xss-editor", "EDITOR", PENGJIANG));
		HttpSyncGraphQlClient publisher = this.staff.as(this.staff.account("xss-publisher", "PUBLISHER", PENGJIANG));
		String marker = "注入测试" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		Map<String, Object> story = PublishingWorkflowIT.draft(editor,
				(String) this.staff.caseIn(NANCUN, "MICRO_PROJECT").get("key"));

		for (String payload : corpus) {
			String text = (payload.length() > 150) ? payload.substring(0, 150) : payload;
			story = PublishingWorkflowIT.save(editor, story,
					Map.of("title", text, "standfirst", text, "coverText", text, "tags",
							List.of(text.length() > 30 ? text.substring(0, 30) : text), "note", text, "bodyHtml",
							payload));
			assertSafe((String) ((Map<?, ?>) story.get("revision")).get("bodyHtml"));
			assertThat(((Map<?, ?>) story.get("revision")).get("title")).isEqualTo(text);
		}
		story = PublishingWorkflowIT.save(editor, story, Map.of("title", marker, "standfirst",
				marker + "<script>alert(1)</script>", "bodyHtml", "<p>" + marker + "</p>" + String.join("", corpus)));
		story = ok(PublishingWorkflowIT.step(editor, "submitArticle", story)).field("submitArticle.article")
			.toEntity(Map.class);
		story = ok(PublishingWorkflowIT.step(publisher, "approveArticle", story)).field("approveArticle.article")
			.toEntity(Map.class);
		// The corpus holds a mailto link, which the checks find
		ok(publisher.document("""
				mutation($id: ID!, $v: Int!) { publishArticle(input: {id: $id, version: $v, overrideReason: "测试语料"}) {
				  article { state } } }""")
			.variable("id", story.get("id"))
			.variable("v", story.get("version"))
			.executeSync());

		ClientGraphQlResponse found = searchUntil("""
				{ searchArticles(query: "%s") { hits { article { bodyHtml } highlights { field fragments } } } }"""
			.formatted(marker), (response) -> !all(response, "searchArticles.hits").isEmpty());
		all(found, "searchArticles.hits.article.bodyHtml").forEach((html) -> assertSafe((String) html));
		List<Object> fragments = all(found, "searchArticles.hits.highlights.fragments");
		assertThat(fragments).isNotEmpty();
		fragments.forEach((fragment) -> assertSafe((String) fragment));
	}

	private static void assertSafe(String html) {
		for (Element element : Jsoup.parse(html).getAllElements()) {
			assertThat(ALLOWED_TAGS).as("tag in %s", html).contains(element.tagName());
			for (Attribute attribute : element.attributes()) {
				assertThat(ALLOWED_ATTRIBUTES).as("attribute in %s", html).contains(attribute.getKey());
				if (attribute.getKey().equals("href")) {
					assertThat(attribute.getValue()).as("link in %s", html).matches("(?i)(https?|mailto):.*");
				}
			}
		}
	}

}
