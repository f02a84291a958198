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
	 * @param statuses the statuses of its cases
	 * @param place where its first case happened
	 * @param regionIds the regions of its cases and every region above them
	 * @param regions the regions of its cases and above them, from the district down,
	 * highest first ({@code kind} is the level)
	 * @param stations where its cases were collected ({@code kind} is the station's)
	 * @param deputies the deputies who raised its cases
	 * @param laws the laws and drafts its cases concern
	 * @param year the year its first case was raised (or completed), if known
	 * @param fundingYuan what its cases cost together
	 * @param beneficiaries how many its cases served together
	 */
	public record Live(StoredArticle article, List<String> kinds, List<String> statuses, String place,
			List<String> regionIds, List<Node> regions, List<Node> stations, List<Node> deputies, List<Node> laws,
			@Nullable Integer year, long fundingYuan, long beneficiaries) {

		public Live {
			kinds = List.copyOf(kinds);
			statuses = List.copyOf(statuses);
			regionIds = List.copyOf(regionIds);
			regions = List.copyOf(regions);
			stations = List.copyOf(stations);
			deputies = List.copyOf(deputies);
			laws = List.copyOf(laws);
		}

	}

	/**
	 * A node an article's cases lead to.
	 *
	 * @param id its key
	 * @param name its name (a law's title)
	 * @param kind its level or kind, empty when it has none
	 */
	public record Node(String id, String name, String kind) {
	}

	/**
	 * What the index should hold of an article, in short.
	 *
	 * @param sequence its publication sequence
	 * @param live whether visitors find it
	 */
	public record State(long sequence, boolean live) {
	}

}
