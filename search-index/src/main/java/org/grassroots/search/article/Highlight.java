package org.grassroots.search.article;

import java.util.List;

/**
 * Fragments of one field with the matched words wrapped in {@code <mark>}; the text
 * around them is HTML-escaped.
 *
 * @param field the document field, e.g. {@code body}
 * @param fragments the fragments, best first
 */
public record Highlight(String field, List<String> fragments) {

	public Highlight {
		fragments = List.copyOf(fragments);
	}

}
