package org.grassroots.publisher.article;

import java.util.Arrays;
import java.util.List;

import org.grassroots.publisher.article.ArticleDiff.Line;
import org.grassroots.publisher.article.ArticleDiff.Operation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ArticleDiffTests {

	@Test
	void onlyTheFieldsThatDifferAreListed() {
		assertThat(ArticleDiff.fields(List.of("title", "standfirst", "tags"), Arrays.asList("旧标题", "导语", null),
				Arrays.asList("新标题", "导语", "路灯")))
			.extracting(ArticleDiff.FieldChange::field, ArticleDiff.FieldChange::before, ArticleDiff.FieldChange::after)
			.containsExactly(tuple("title", "旧标题", "新标题"), tuple("tags", null, "路灯"));
	}

	@Test
	void theBodyIsComparedParagraphByParagraph() {
		List<Line> lines = ArticleDiff.text("<p>一</p><p>二</p><p>三</p>", "<p>一</p><p>二改</p><p>三</p><p>四</p>");

		assertThat(lines).extracting(Line::operation, Line::text)
			.containsExactly(tuple(Operation.KEPT, "一"), tuple(Operation.REMOVED, "二"), tuple(Operation.ADDED, "二改"),
					tuple(Operation.KEPT, "三"), tuple(Operation.ADDED, "四"));
	}

}
