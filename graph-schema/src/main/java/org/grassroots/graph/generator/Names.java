package org.grassroots.graph.generator;

import java.util.SplittableRandom;

/**
 * Plausible Chinese names and texts for synthetic records. Everything generated is marked
 * synthetic in the graph; these only make search and display look like the real thing.
 */
final class Names {

	private static final String SURNAMES = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲飞红建国志文斌辉宇浩凯婷雪琳晨阳思远嘉欣";

	private static final String PLACE = "东西南北中新安和平龙凤山水湖江海河田塘岭石沙桥福寿祥瑞兴隆丰泰华荷柳桂梅竹";

	private static final String[][] CASE_TEMPLATES = {
			{ "加装%d盏太阳能路灯", "群众反映村道夜间照明不足，代表实地查看照明盲区后提交建议，项目列入民生微实事，路灯安装完成后惠及%d户村民。" },
			{ "老旧小区排水管网改造", "居民在联络站接待日反映排水堵塞问题多发，代表收集意见向人大常委会提交建议，改造获得资金支持，惠及%d户居民。" },
			{ "楼道加装不锈钢扶手", "老人反映楼道扶手老旧、出行不便，代表通过数字人大平台转交建议，扶手加装完成，%d户居民出行更安全。" },
			{ "鱼塘增设安全护栏", "村民担心鱼塘边缺少防护，代表进网格走访后推动增设护栏，%d户村民受益。" },
			{ "新建村级公厕", "村民反映公共厕所不足，联络站收集诉求后列入微实事项目，新建公厕服务%d户村民。" },
			{ "道路拓宽与沥青铺设", "路口转弯位狭窄、交通事故频发，代表多次建议并担任义务监督员，道路改造后方便%d户群众出行。" },
			{ "优化公交接送班次", "职工反映上下班接送时间不便，企业联络站代表协调调整班次，服务%d名职工。" } };

	private Names() {
	}

	static String person(SplittableRandom random) {
		return pick(SURNAMES, random) + pick(GIVEN, random) + (random.nextBoolean() ? pick(GIVEN, random) : "");
	}

	static String place(SplittableRandom random) {
		return pick(PLACE, random) + pick(PLACE, random);
	}

	static String[] caseText(SplittableRandom random, String village, int households) {
		String[] template = CASE_TEMPLATES[random.nextInt(CASE_TEMPLATES.length)];
		String title = village + template[0].formatted(2 + random.nextInt(40));
		return new String[] { title, template[1].formatted(households) };
	}

	private static String pick(String characters, SplittableRandom random) {
		return String.valueOf(characters.charAt(random.nextInt(characters.length())));
	}

}
