package org.grassroots.publisher.article;

import java.time.LocalDate;
import java.util.List;

import org.grassroots.graph.article.CaseSheet;
import org.grassroots.graph.article.CaseSheet.Named;
import org.grassroots.graph.article.CaseSheet.StageOn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DraftWriterTests {

	private static final CaseSheet LIGHTS = new CaseSheet("lights", 3, "南村村路灯亮了", "22盏太阳能路灯照亮回家路。",
			"村民反映路段缺少路灯。\n\n代表收集意见后，镇里安装了路灯。", "MICRO_PROJECT", "COMPLETED", LocalDate.of(2023, 3, 1),
			LocalDate.of(2023, 4, 15), 150_000L, 120L, "HOUSEHOLD", 22.0, "盏太阳能路灯", 30L,
			List.of(new Named("Region", "gd", "广东省"), new Named("Region", "jm", "江门市"),
					new Named("Region", "pj", "蓬江区"), new Named("Region", "ht", "荷塘镇"),
					new Named("Region", "nc", "南村村")),
			new Named("Station", "ht-station", "荷塘镇人大代表联络站"), List.of(new Named("Representative", "d1", "陈国强")),
			List.of(new StageOn(1, "REPORTED", LocalDate.of(2023, 3, 1)), new StageOn(2, "FEEDBACK", null)));

	@Test
	void aDraftTakesItsHeadlineStandfirstAndParagraphsFromTheCase() {
		Draft draft = DraftWriter.draft(List.of(LIGHTS));

		assertThat(draft.title()).isEqualTo("南村村路灯亮了");
		assertThat(draft.standfirst()).isEqualTo("22盏太阳能路灯照亮回家路。");
		assertThat(draft.bodyHtml()).startsWith("<p>村民反映路段缺少路灯。</p>\n<p>代表收集意见后，镇里安装了路灯。</p><figure><table>");
		assertThat(ArticleHtml.sanitize(draft.bodyHtml())).isEqualTo(draft.bodyHtml());
	}

	@Test
	void everyFactInTheBoxNamesTheNodeAndPropertyItCameFrom() {
		Draft draft = DraftWriter.draft(List.of(LIGHTS));

		assertThat(draft.facts())
			.extracting(Fact::label, Fact::value, (fact) -> fact.source().label(), (fact) -> fact.source().key(),
					(fact) -> fact.source().property())
			.containsExactly(tuple("地点", "广东省江门市蓬江区荷塘镇南村村", "Region", "nc", "name"),
					tuple("联络站", "荷塘镇人大代表联络站", "Station", "ht-station", "name"),
					tuple("提出代表", "陈国强", "Representative", "d1", "name"),
					tuple("类型", "民生微实事", "Case", "lights", "kind"),
					tuple("提出日期", "2023年3月1日", "Case", "lights", "raisedOn"),
					tuple("完成日期", "2023年4月15日", "Case", "lights", "completedOn"),
					tuple("办理用时", "45天", "Case", "lights", "raisedOn,completedOn"),
					tuple("投入资金", "15万元", "Case", "lights", "fundingYuan"),
					tuple("受益", "120户", "Case", "lights", "beneficiaries"),
					tuple("数量", "22盏太阳能路灯", "Case", "lights", "quantity"),
					tuple("进程：群众反映", "2023年3月1日", "Stage", "lights/1", "on"),
					tuple("进程：结果反馈", "日期不详", "Stage", "lights/2", "on"));
		assertThat(draft.bodyHtml()).contains("<th scope=\"row\">投入资金</th><td>15万元</td>");
	}

	@Test
	void aStoryOfSeveralCasesGivesEachItsHeadingAndItsFacts() {
		CaseSheet other = new CaseSheet("drain", 1, "文苑排水改造", "", "排水不畅。改造完成。", "DEPUTY_SUGGESTION", "COMPLETED", null,
				null, null, null, null, null, null, null, List.of(), null, List.of(), List.of());

		Draft draft = DraftWriter.draft(List.of(LIGHTS, other));

		assertThat(draft.bodyHtml()).contains("<h2>南村村路灯亮了</h2>", "<h2>文苑排水改造</h2>");
		assertThat(draft.facts()).filteredOn((fact) -> fact.caseId().equals("drain"))
			.extracting(Fact::label)
			.containsExactly("类型");
	}

	@Test
	void moneyIsWrittenInYuanWanAndYi() {
		assertThat(List.of(8_500L, 150_000L, 123_456L, 12_167_000_000L).stream().map(ChineseNumbers::money))
			.containsExactly("8,500元", "15万元", "12.35万元", "121.67亿元");
	}

}
