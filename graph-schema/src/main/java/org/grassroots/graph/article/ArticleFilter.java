package org.grassroots.graph.article;

import java.util.List;

import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which published articles to list (only live ones, always); every part is optional and
 * all given parts must hold.
 *
 * @param caseKinds telling a case of any of these kinds (names of case kinds)
 * @param regionId telling a case located in this region or anywhere below it
 * @param titleContains text the title contains
 */
public record ArticleFilter(List<String> caseKinds, @Nullable String regionId,
		@Nullable String titleContains) implements ConditionsFilter {

	/** What articles can be ordered by. */
	public static final Sorts SORTS = Sorts.of(Sorts.text("KEY", "a.id"), Sorts.text("TITLE", "a.title"),
			Sorts.dateTime("PUBLISHED_AT", "a.publishedAt"));

	public static final ArticleFilter ALL = new ArticleFilter(List.of(), null, null);

	public ArticleFilter {
		caseKinds = List.copyOf(caseKinds);
	}

	@Override
	public Conditions conditions() {
		return new Conditions().and("live", true, "a.live = $live")
			.and("kinds", this.caseKinds, "EXISTS { (a)-[:TELLS]->(c:Case) WHERE c.kind IN $kinds }")
			.and("regionId", this.regionId,
					"EXISTS { (a)-[:TELLS]->(:Case)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..]->(:Region {id: $regionId}) }")
			.and("titleContains", this.titleContains, "a.title CONTAINS $titleContains");
	}

}
