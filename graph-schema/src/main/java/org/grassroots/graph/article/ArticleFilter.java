package org.grassroots.graph.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.CypherFilter;
import org.jspecify.annotations.Nullable;

/**
 * Which published articles to list; every part is optional and all given parts must hold.
 *
 * @param caseKinds telling a case of any of these kinds (names of case kinds)
 * @param regionId telling a case located in this region or anywhere below it
 * @param titleContains text the title contains
 */
public record ArticleFilter(List<String> caseKinds, @Nullable String regionId,
		@Nullable String titleContains) implements CypherFilter {

	public static final ArticleFilter ALL = new ArticleFilter(List.of(), null, null);

	public ArticleFilter {
		caseKinds = List.copyOf(caseKinds);
	}

	@Override
	public String where() {
		return """
				($kinds = [] OR EXISTS { (a)-[:TELLS]->(c:Case) WHERE c.kind IN $kinds })
				AND ($regionId IS NULL OR EXISTS {
				      (a)-[:TELLS]->(:Case)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..]->(:Region {id: $regionId}) })
				AND ($titleContains IS NULL OR a.title CONTAINS $titleContains)""";
	}

	@Override
	public Map<String, @Nullable Object> parameters() {
		Map<String, @Nullable Object> parameters = new HashMap<>();
		parameters.put("kinds", this.caseKinds);
		parameters.put("regionId", this.regionId);
		parameters.put("titleContains", this.titleContains);
		return parameters;
	}

}
