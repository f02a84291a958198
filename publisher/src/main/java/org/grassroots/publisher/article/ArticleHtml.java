package org.grassroots.publisher.article;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Article bodies as HTML that is safe to render on the public site, and their plain text
 * for search.
 */
public final class ArticleHtml {

	/**
	 * What a story's body may hold: paragraphs, headings h2–h4, emphasis, lists, quotes,
	 * tables and figures, and links to http, https and mailto addresses only, which open
	 * without access to the page and pass no ranking on. Nothing else survives: no
	 * scripts, styles, event handlers, frames, images or classes.
	 */
	private static final Safelist ALLOWED = new Safelist()
		.addTags("p", "br", "h2", "h3", "h4", "em", "strong", "b", "i", "u", "s", "sub", "sup", "ul", "ol", "li",
				"blockquote", "a", "table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "figcaption")
		.addAttributes("a", "href", "title")
		.addAttributes("th", "colspan", "rowspan", "scope")
		.addAttributes("td", "colspan", "rowspan")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addEnforcedAttribute("a", "rel", "noopener nofollow");

	private ArticleHtml() {
	}

	/**
	 * A case narrative is plain text with blank lines between paragraphs; every paragraph
	 * becomes a {@code
	 *
	<p>
	 * }, with its text escaped.
	 */
	public static String fromNarrative(String narrative) {
		String html = Arrays.stream(narrative.split("\\R\\s*\\R"))
			.map(String::strip)
			.filter((paragraph) -> !paragraph.isEmpty())
			.map((paragraph) -> "<p>" + Entities.escape(paragraph) + "</p>")
			.collect(Collectors.joining("\n"));
		return sanitize(html);
	}

	/**
	 * Keeps only the markup a story's body may hold, whatever the source: run on every
	 * write, never trusted on read.
	 */
	public static String sanitize(String html) {
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(html, "", ALLOWED, output);
	}

	/**
	 * The text of the body, a blank line after each block (paragraph, heading, list item,
	 * table row), so that words of two blocks never run together in search.
	 */
	public static String toPlainText(String html) {
		Document document = Jsoup.parse(html);
		document.select("p, h2, h3, h4, li, blockquote, tr, caption, figcaption")
			.forEach((block) -> block.appendChild(new TextNode("\n\n")));
		document.select("td, th").forEach((cell) -> cell.appendChild(new TextNode(" ")));
		return BLANK_LINES.matcher(document.body().wholeText().strip()).replaceAll("\n\n");
	}

	private static final Pattern BLANK_LINES = Pattern.compile("[ \t]*\\n(\\s*\\n)+");

	/** The body's headings in order, for a table of contents. */
	public static List<Heading> outline(String html) {
		return Jsoup.parse(html)
			.select("h2, h3, h4")
			.stream()
			.map((heading) -> new Heading(heading.tagName().charAt(1) - '0', heading.text()))
			.toList();
	}

	/**
	 * A heading of an article's body.
	 *
	 * @param level 2, 3 or 4
	 * @param text its text
	 */
	public record Heading(int level, String text) {
	}

}
