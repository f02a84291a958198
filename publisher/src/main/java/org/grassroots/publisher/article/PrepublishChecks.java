package org.grassroots.publisher.article;

import java.net.IDN;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.grassroots.publisher.article.Finding.Kind;
import org.jsoup.Jsoup;

/**
 * What is checked before an article goes public: private data in any of its texts,
 * residents named without consent, links to private addresses, and the parts every story
 * needs. Pure: the caller supplies who may be named.
 */
public final class PrepublishChecks {

	private static final Pattern MOBILE = Pattern
		.compile("(?<![\\d])(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}(?!\\d)");

	private static final Pattern LANDLINE = Pattern
		.compile("(?<![\\d])(?:\\(0\\d{2,3}\\)\\s?|（0\\d{2,3}）|0\\d{2,3}-)[2-9]\\d{6,7}(?!\\d)");

	private static final Pattern ID_NUMBER = Pattern.compile("(?<![\\dXx])[1-9]\\d{16}[\\dXx](?![\\dXx])");

	private static final Pattern CARD = Pattern.compile("(?<![\\d])\\d(?:[ -]?\\d){15,18}(?!\\d)");

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	private static final Pattern LONG_NUMBER = Pattern.compile("\\d{7}");

	private static final Pattern PLATE = Pattern.compile(
			"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•\\s]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警](?![A-Za-z0-9])");

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤区甄容伍关欧麦冼";

	/**
	 * A person's name after a word for a resident (村民李某明), or before a verb of saying
	 * (李国明说): a common surname and one or two more characters.
	 */
	private static final Pattern NAMED = Pattern.compile(
			"(?:村民|居民|群众|市民|业主|老人|家属|户主|街坊|阿姨|阿婆|大爷)([" + SURNAMES + "][\\p{IsHan}]{1,2}?)(?=[，。、；：:,\\s说表告介称笑反讲])|(["
					+ SURNAMES + "][\\p{IsHan}]{1,2}?)(?:高兴地|笑着|激动地)?(?:说|表示|告诉记者|介绍说)");

	private static final Set<String> NOT_NAMES = Set.of("代表", "主任", "书记", "站长", "同志", "委员", "老师", "局长", "镇长", "村长",
			"大家", "群众", "居民");

	private PrepublishChecks() {
	}

	/**
	 * What an article to check holds.
	 *
	 * @param title headline
	 * @param standfirst standfirst
	 * @param coverText the card's text
	 * @param bodyHtml the body
	 * @param tags topics
	 * @param cases how many cases it tells
	 * @param regions how many regions its cases lie in
	 * @param consents residents who agreed to be named in stories of its cases
	 */
	public record Subject(String title, String standfirst, String coverText, String bodyHtml, List<String> tags,
			int cases, int regions, Set<String> consents) {
	}

	/**
	 * Whether a short text (a visitor's search) holds what identifies a person: a phone
	 * number, an ID or bank card number, an e-mail address, a licence plate, or any run
	 * of seven digits. Such a text is not kept.
	 */
	public static boolean identifiesSomeone(String text) {
		return LONG_NUMBER.matcher(text).find() || Stream.of(MOBILE, LANDLINE, ID_NUMBER, CARD, EMAIL, PLATE)
			.anyMatch((pattern) -> pattern.matcher(text).find());
	}

	/**
	 * @param deputies of the names given, those of deputies and officials, who may be
	 * named
	 * @return every finding, field by field in reading order; empty when it may be
	 * published
	 */
	public static List<Finding> check(Subject subject, Function<Collection<String>, Set<String>> deputies) {
		List<Finding> findings = new ArrayList<>();
		if (subject.title().isBlank()) {
			findings.add(new Finding("title", 0, Kind.MISSING_TITLE, ""));
		}
		if (subject.standfirst().isBlank()) {
			findings.add(new Finding("standfirst", 0, Kind.MISSING_STANDFIRST, ""));
		}
		if (subject.cases() == 0) {
			findings.add(new Finding("cases", 0, Kind.NO_CASE, ""));
		}
		else if (subject.regions() == 0) {
			findings.add(new Finding("regions", 0, Kind.NO_REGION, ""));
		}
		String body = ArticleHtml.toPlainText(subject.bodyHtml());
		List<Text> texts = List.of(new Text("title", subject.title()), new Text("standfirst", subject.standfirst()),
				new Text("coverText", subject.coverText()), new Text("body", body),
				new Text("tags", String.join(" ", subject.tags())));
		List<Finding> named = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		for (Text text : texts) {
			findings.addAll(privateData(text));
			Matcher matcher = NAMED.matcher(text.value());
			while (matcher.find()) {
				int group = (matcher.group(1) != null) ? 1 : 2;
				String name = matcher.group(group);
				if (NOT_NAMES.stream().noneMatch(name::endsWith) && !name.contains("某")
						&& !subject.consents().contains(name)) {
					names.add(name);
					named.add(new Finding(text.field(), matcher.start(group), Kind.NAMED_RESIDENT, name));
				}
			}
		}
		if (!names.isEmpty()) {
			Set<String> mayBeNamed = deputies.apply(names);
			named.stream()
				.filter((finding) -> !mayBeNamed.contains(finding.masked()))
				.map((finding) -> new Finding(finding.field(), finding.position(), finding.kind(),
						maskName(finding.masked())))
				.forEach(findings::add);
		}
		findings.addAll(privateLinks(subject.bodyHtml()));
		return findings;
	}

	private static List<Finding> privateData(Text text) {
		List<Finding> findings = new ArrayList<>();
		List<int[]> taken = new ArrayList<>();
		find(text, ID_NUMBER, Kind.ID_NUMBER, (digits) -> idChecksumHolds(digits), findings, taken);
		find(text, CARD, Kind.BANK_CARD, (digits) -> luhnHolds(digits.replaceAll("[ -]", "")), findings, taken);
		find(text, MOBILE, Kind.MOBILE_NUMBER, (digits) -> true, findings, taken);
		find(text, LANDLINE, Kind.LANDLINE_NUMBER, (digits) -> true, findings, taken);
		find(text, EMAIL, Kind.EMAIL, (address) -> true, findings, taken);
		find(text, PLATE, Kind.LICENCE_PLATE, (plate) -> true, findings, taken);
		findings.sort(java.util.Comparator.comparingInt(Finding::position));
		return findings;
	}

	private static void find(Text text, Pattern pattern, Kind kind, java.util.function.Predicate<String> holds,
			List<Finding> findings, List<int[]> taken) {
		Matcher matcher = pattern.matcher(text.value());
		while (matcher.find()) {
			int start = matcher.start();
			int end = matcher.end();
			boolean overlaps = taken.stream().anyMatch((span) -> start < span[1] && span[0] < end);
			if (!overlaps && holds.test(matcher.group())) {
				taken.add(new int[] { start, end });
				findings.add(new Finding(text.field(), start, kind, mask(matcher.group())));
			}
		}
	}

	/** The GB 11643 check digit: weighted sum of the first 17 digits modulo 11. */
	static boolean idChecksumHolds(String id) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		String checks = "10X98765432";
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * weights[i];
		}
		return Character.toUpperCase(id.charAt(17)) == checks.charAt(sum % 11);
	}

	static boolean luhnHolds(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	private static List<Finding> privateLinks(String bodyHtml) {
		List<Finding> findings = new ArrayList<>();
		Jsoup.parse(bodyHtml).select("a[href]").forEach((link) -> {
			String href = link.attr("href");
			if (href.regionMatches(true, 0, "mailto:", 0, 7)) {
				findings.add(new Finding("body", 0, Kind.EMAIL, mask(href.substring(7))));
			}
			else if (pointsInside(href)) {
				findings.add(new Finding("body", 0, Kind.PRIVATE_LINK, mask(href)));
			}
		});
		return findings;
	}

	/**
	 * Whether the link leads to a loopback, private, link-local or local-only host, by
	 * its name or its address literal (without resolving names: the check is about what
	 * the text says).
	 */
	static boolean pointsInside(String href) {
		String host;
		try {
			URI uri = URI.create(href.strip());
			if ("mailto".equalsIgnoreCase(uri.getScheme())) {
				return false;
			}
			host = uri.getHost();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (host == null) {
			return false;
		}
		host = IDN.toASCII(host.replaceAll("^\\[|\\]$", "")).toLowerCase(Locale.ROOT);
		return InternalAddresses.isInternalName(host) || InternalAddresses.isInternalLiteral(host);
	}

	/** Keeps a few characters at either end: enough to find it, not enough to read it. */
	static String mask(String text) {
		int keep = (text.length() >= 10) ? 3 : 1;
		int tail = (text.length() >= 10) ? 2 : 1;
		if (text.length() <= keep + tail) {
			return "*".repeat(text.length());
		}
		return text.substring(0, keep) + "*".repeat(text.length() - keep - tail) + text.substring(text.length() - tail);
	}

	private static String maskName(String name) {
		return name.charAt(0) + "*".repeat(name.length() - 1);
	}

	private record Text(String field, String value) {
	}

}
