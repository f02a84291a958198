package org.grassroots.graph.article;

import java.util.List;

import org.grassroots.graph.access.Scope;
import org.grassroots.graph.paging.Conditions;
import org.grassroots.graph.paging.Sorts;
import org.grassroots.graph.paging.ConditionsFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which articles staff list: always those with a region in the caller's scope; every
 * other part is optional.
 *
 * @param scope the caller's regions
 * @param states in any of these states (names)
 * @param titleContains text the working title contains
 */
public record EditorialFilter(Scope scope, List<String> states,
		@Nullable String titleContains) implements ConditionsFilter {

	/** What staff order articles by. */
	public static final Sorts SORTS = Sorts.of(Sorts.text("KEY", "a.id"), Sorts.dateTime("UPDATED_AT", "a.updatedAt"));

	public EditorialFilter {
		states = List.copyOf(states);
	}

	@Override
	public Conditions conditions() {
		return new Conditions().within(this.scope, "(a)-[:IN_REGION]->(r:Region)")
			.and("states", this.states, "a.state IN $states")
			.and("titleContains", this.titleContains,
					"EXISTS { (a)-[:HAS_REVISION]->(w:ArticleRevision) WHERE w.number = a.currentRevision AND w.title CONTAINS $titleContains }");
	}

}
