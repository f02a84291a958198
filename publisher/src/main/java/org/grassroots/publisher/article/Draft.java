package org.grassroots.publisher.article;

import java.util.List;

/**
 * A first draft written from cases.
 *
 * @param title headline
 * @param standfirst what the story is
 * @param bodyHtml the body, sanitized
 * @param coverText the card's text
 * @param facts every fact the body states, with its source
 */
public record Draft(String title, String standfirst, String bodyHtml, String coverText, List<Fact> facts) {

	public Draft {
		facts = List.copyOf(facts);
	}

}
