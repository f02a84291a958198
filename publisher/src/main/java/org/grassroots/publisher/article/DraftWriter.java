package org.grassroots.publisher.article;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.grassroots.graph.article.CaseSheet;
import org.grassroots.graph.article.CaseSheet.Named;
import org.grassroots.graph.article.CaseSheet.StageOn;
import org.jsoup.nodes.Entities;

/**
 * Writes a story's first draft from its cases: the first case's title as the headline,
 * its summary as the standfirst, each case's narrative as paragraphs, then a facts box
 * and the timeline. Every fact in the box is also returned with the node and property it
 * was read from.
 */
public final class DraftWriter {

	private static final int COVER_LENGTH = 80;

	private static final Map<String, String> KINDS = Map.of("MICRO_PROJECT", "民生微实事", "DEPUTY_SUGGESTION", "代表建议",
			"DRAFT_LAW_OPINION", "立法意见", "VOTED_LIVELIHOOD_PROJECT", "民生实事票决", "SUPERVISION", "人大监督");

	private static final Map<String, String> STAGES = Map.of("REPORTED", "群众反映", "COLLECTED", "代表收集", "ASSIGNED",
			"平台分办", "HANDLED", "部门处置", "FEEDBACK", "结果反馈", "EVALUATED", "群众评价");

	private static final Map<String, String> UNITS = Map.of("HOUSEHOLD", "户", "PERSON", "人", "PEOPLE", "人");

	private DraftWriter() {
	}

	/**
	 * @param sheets the cases, the main one first; at least one
	 */
	public static Draft draft(List<CaseSheet> sheets) {
		if (sheets.isEmpty()) {
			throw new IllegalArgumentException("A draft needs at least one case");
		}
		CaseSheet main = sheets.get(0);
		List<Fact> facts = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		for (CaseSheet sheet : sheets) {
			if (sheets.size() > 1) {
				body.append("<h2>").append(escape(sheet.title())).append("</h2>");
			}
			body.append(ArticleHtml.fromNarrative(sheet.narrative().isBlank() ? sheet.summary() : sheet.narrative()));
			List<Fact> own = facts(sheet);
			facts.addAll(own);
			body.append(factsBox(sheet, own));
		}
		String standfirst = main.summary().isBlank() ? firstSentence(main.narrative()) : main.summary();
		return new Draft(main.title(), standfirst, ArticleHtml.sanitize(body.toString()), cover(standfirst), facts);
	}

	/** The facts of one case, in the order the box shows them. */
	static List<Fact> facts(CaseSheet sheet) {
		List<Fact> facts = new ArrayList<>();
		String id = sheet.id();
		if (!sheet.regionPath().isEmpty()) {
			Named region = sheet.regionPath().get(sheet.regionPath().size() - 1);
			String path = sheet.regionPath().stream().map(Named::name).collect(Collectors.joining());
			facts.add(new Fact(id, "地点", path, new Fact.Source("Region", region.id(), "name", region.name())));
		}
		if (sheet.station() != null) {
			Named station = sheet.station();
			facts.add(new Fact(id, "联络站", station.name(),
					new Fact.Source("Station", station.id(), "name", station.name())));
		}
		for (Named deputy : sheet.deputies()) {
			facts.add(new Fact(id, "提出代表", deputy.name(),
					new Fact.Source("Representative", deputy.id(), "name", deputy.name())));
		}
		facts.add(new Fact(id, "类型", KINDS.getOrDefault(sheet.kind(), sheet.kind()),
				new Fact.Source("Case", id, "kind", sheet.kind())));
		if (sheet.raisedOn() != null) {
			facts.add(new Fact(id, "提出日期", ChineseNumbers.date(sheet.raisedOn()),
					new Fact.Source("Case", id, "raisedOn", sheet.raisedOn().toString())));
		}
		if (sheet.completedOn() != null) {
			facts.add(new Fact(id, "完成日期", ChineseNumbers.date(sheet.completedOn()),
					new Fact.Source("Case", id, "completedOn", sheet.completedOn().toString())));
		}
		if (sheet.raisedOn() != null && sheet.completedOn() != null) {
			long days = ChronoUnit.DAYS.between(sheet.raisedOn(), sheet.completedOn());
			facts.add(new Fact(id, "办理用时", days + "天",
					new Fact.Source("Case", id, "raisedOn,completedOn", sheet.raisedOn() + "," + sheet.completedOn())));
		}
		else if (sheet.durationDays() != null) {
			facts.add(new Fact(id, "办理用时", sheet.durationDays() + "天",
					new Fact.Source("Case", id, "durationDays", sheet.durationDays().toString())));
		}
		if (sheet.fundingYuan() != null) {
			facts.add(new Fact(id, "投入资金", ChineseNumbers.money(sheet.fundingYuan()),
					new Fact.Source("Case", id, "fundingYuan", sheet.fundingYuan().toString())));
		}
		if (sheet.beneficiaries() != null) {
			String unit = (sheet.beneficiaryUnit() != null)
					? UNITS.getOrDefault(sheet.beneficiaryUnit(), sheet.beneficiaryUnit()) : "";
			facts.add(new Fact(id, "受益", ChineseNumbers.number(sheet.beneficiaries()) + unit,
					new Fact.Source("Case", id, "beneficiaries", sheet.beneficiaries().toString())));
		}
		if (sheet.quantity() != null) {
			String unit = (sheet.quantityUnit() != null) ? sheet.quantityUnit() : "";
			facts.add(new Fact(id, "数量", ChineseNumbers.number(sheet.quantity()) + unit,
					new Fact.Source("Case", id, "quantity", ChineseNumbers.number(sheet.quantity()))));
		}
		for (StageOn stage : sheet.timeline()) {
			String name = STAGES.getOrDefault(stage.stage(), stage.stage());
			facts.add(new Fact(id, "进程：" + name, (stage.on() != null) ? ChineseNumbers.date(stage.on()) : "日期不详",
					new Fact.Source("Stage", id + "/" + stage.seq(), "on",
							(stage.on() != null) ? stage.on().toString() : "")));
		}
		return facts;
	}

	private static String factsBox(CaseSheet sheet, List<Fact> facts) {
		StringBuilder box = new StringBuilder("<figure><table><caption>").append(escape(sheet.title()))
			.append("：事实</caption><tbody>");
		for (Fact fact : facts) {
			box.append("<tr><th scope=\"row\">")
				.append(escape(fact.label()))
				.append("</th><td>")
				.append(escape(fact.value()))
				.append("</td></tr>");
		}
		return box.append("</tbody></table><figcaption>来源：")
			.append(escape(sheet.id()))
			.append("</figcaption></figure>")
			.toString();
	}

	private static String firstSentence(String text) {
		String stripped = text.strip();
		int end = stripped.indexOf('。');
		return (end > 0) ? stripped.substring(0, end + 1) : stripped;
	}

	private static String cover(String standfirst) {
		return (standfirst.length() <= COVER_LENGTH) ? standfirst : standfirst.substring(0, COVER_LENGTH - 1) + "…";
	}

	private static String escape(String text) {
		return Entities.escape(text);
	}

}
