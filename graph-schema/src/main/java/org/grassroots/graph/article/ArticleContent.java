package org.grassroots.graph.article;

import java.util.List;

/**
 * What one revision of an article says.
 *
 * @param slug URL name
 * @param title headline
 * @param standfirst what the story is, in a sentence or two
 * @param bodyHtml the body, sanitized HTML
 * @param coverText the text shown on the story's card
 * @param tags topics, for facets
 */
public record ArticleContent(String slug, String title, String standfirst, String bodyHtml, String coverText,
		List<String> tags) {

	public ArticleContent {
		tags = List.copyOf(tags);
	}

}
