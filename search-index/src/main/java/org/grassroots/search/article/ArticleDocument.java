package org.grassroots.search.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An article as the search index stores it: the live revision of a published article with
 * what the graph says around it, or a tombstone ({@code live} false, no text) that keeps
 * a taken-down article's version so that a late delivery of an older revision cannot
 * bring it back.
 *
 * @param id the article's business key
 * @param slug URL name
 * @param caseIds the cases the article tells, the main one first
 * @param title headline
 * @param summary standfirst
 * @param body plain text of the body
 * @param place where its main case happened
 * @param tags topics
 * @param coverText the text on the story's card
 * @param publishedAt ISO-8601 first publication time
 * @param revisedAt ISO-8601 time the revision was published
 * @param revision the revision's number
 * @param live whether visitors find it
 * @param context the graph around its cases, for filters, facets and related stories
 * @param suggest what suggestions while typing offer: the title, tags, places, stations
 * and deputies
 */
public record ArticleDocument(String id, String slug, List<String> caseIds, String title, String summary, String body,
		String place, List<String> tags, String coverText, String publishedAt, String revisedAt, int revision,
		boolean live, Context context, List<String> suggest) {

	public ArticleDocument {
		caseIds = List.copyOf(caseIds);
		tags = List.copyOf(tags);
		suggest = List.copyOf(suggest);
	}

	/** A live article; its suggestions are derived from its title, tags and context. */
	public static ArticleDocument live(String id, String slug, List<String> caseIds, String title, String summary,
			String body, String place, List<String> tags, String coverText, String publishedAt, String revisedAt,
			int revision, Context context) {
		Set<String> suggest = new LinkedHashSet<>();
		suggest.add(title);
		suggest.addAll(tags);
		for (List<String> values : List.of(context.villages(), context.towns(), context.districts(), context.stations(),
				context.deputies())) {
			values.stream().map((value) -> FacetValue.parse(value).label()).forEach(suggest::add);
		}
		suggest.removeIf(String::isBlank);
		return new ArticleDocument(id, slug, caseIds, title, summary, body, place, tags, coverText, publishedAt,
				revisedAt, revision, true, context, List.copyOf(suggest));
	}

	/** What stays in the index of an article nobody may find. */
	public static ArticleDocument tombstone(String id) {
		return new ArticleDocument(id, "", List.of(), "", "", "", "", List.of(), "", "1970-01-01T00:00:00Z",
				"1970-01-01T00:00:00Z", 0, false, Context.NONE, List.of());
	}

	/** The case the story is mainly about. */
	public String caseId() {
		return this.caseIds.isEmpty() ? "" : this.caseIds.get(0);
	}

	/**
	 * The graph around an article's cases. Values that facets show carry their label
	 * ({@link FacetValue}: key and name).
	 *
	 * @param kinds the cases' kinds, e.g. {@code MICRO_PROJECT}
	 * @param statuses the cases' statuses
	 * @param regionIds the cases' regions and every region above them
	 * @param districts the districts (区/县级市) the cases are in
	 * @param towns the towns and streets
	 * @param villages the villages and communities
	 * @param stations where the cases were collected
	 * @param stationKinds those stations' kinds
	 * @param deputies who raised the cases
	 * @param laws the laws the cases concern
	 * @param names the names of those places, stations, deputies and laws, searched as
	 * text
	 * @param year when the main case was raised
	 * @param fundingYuan what the cases cost together
	 * @param beneficiaries how many the cases served together
	 */
	public record Context(List<String> kinds, List<String> statuses, List<String> regionIds, List<String> districts,
			List<String> towns, List<String> villages, List<String> stations, List<String> stationKinds,
			List<String> deputies, List<String> laws, List<String> names, @Nullable Integer year, long fundingYuan,
			long beneficiaries) {

		static final Context NONE = new Context(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, 0);

	}

}
