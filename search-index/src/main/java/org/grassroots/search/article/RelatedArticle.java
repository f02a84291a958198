package org.grassroots.search.article;

import java.util.List;

/**
 * A story related to another, with why.
 *
 * @param article the related story
 * @param score how strongly, for ordering only
 * @param reasons why, the strongest first
 */
public record RelatedArticle(ArticleDocument article, double score, List<Reason> reasons) {

	public RelatedArticle {
		reasons = List.copyOf(reasons);
	}

	/** Why two stories are related, with the words a visitor reads. */
	public enum Reason {

		SAME_STATION("同一联络站"), SAME_LAW("同一法律"), SAME_VILLAGE("同一村（社区）"), SAME_DEPUTY("同一代表"), SAME_TOWN("同一镇（街道）"),
		SIMILAR_TEXT("内容相近"), SAME_DISTRICT("同一区（市）");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		/** The reason in Chinese, as the public page shows it. */
		public String label() {
			return this.label;
		}

	}

}
