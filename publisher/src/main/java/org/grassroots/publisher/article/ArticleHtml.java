package org.grassroots.publisher.article;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Article bodies as HTML that is safe to render on the public site, and their plain text
 * for search.
 */
final class ArticleHtml {

	private static final Safelist ALLOWED = Safelist.basic();

	private ArticleHtml() {
	}

	/**
	 * A case narrative is plain text with blank lines between paragraphs; every paragraph
	 * becomes a {@code
	 *
	<p>
	 * }, with its text escaped.
	 */
	static String fromNarrative(String narrative) {
		String html = Arrays.stream(narrative.split("\\R\\s*\\R"))
			.map(String::strip)
			.filter((paragraph) -> !paragraph.isEmpty())
			.map((paragraph) -> "<p>" + Entities.escape(paragraph) + "</p>")
			.collect(Collectors.joining("\n"));
		return sanitize(html);
	}

	/**
	 * Keeps only basic text markup (paragraphs, emphasis, lists, links), whatever the
	 * source.
	 */
	static String sanitize(String html) {
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(html, "", ALLOWED, output);
	}

	static String toPlainText(String html) {
		return Jsoup.parse(html).body().wholeText().strip();
	}

}
