package org.grassroots.graph.article;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the search index should hold for one article right now.
 *
 * @param id the article's key
 * @param sequence raised by every publication and take-down: the index keeps the highest
 * @param live the live revision with what search needs about it, or null when nothing is
 * live
 */
public record Publication(String id, long sequence, @Nullable Live live) {

	/**
	 * @param article the live revision
	 * @param kinds the kinds of its cases
	 * @param place where its first case happened
	 * @param regionIds the regions of its cases and every region above them
	 */
	public record Live(StoredArticle article, List<String> kinds, String place, List<String> regionIds) {

		public Live {
			kinds = List.copyOf(kinds);
			regionIds = List.copyOf(regionIds);
		}

	}

}
