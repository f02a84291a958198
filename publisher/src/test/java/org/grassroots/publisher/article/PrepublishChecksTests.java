package org.grassroots.publisher.article;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.grassroots.publisher.article.Finding.Kind;
import org.grassroots.publisher.article.PrepublishChecks.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class PrepublishChecksTests {

	private static final Function<Collection<String>, Set<String>> DEPUTIES = (
			names) -> names.stream().filter(Set.of("陈国强")::contains).collect(java.util.stream.Collectors.toSet());

	static Stream<Arguments> privateData() {
		return Stream.of(Arguments.of("联系电话13812345678。", Kind.MOBILE_NUMBER, "138******78"),
				Arguments.of("请拨 +86 138-1234-5678 咨询", Kind.MOBILE_NUMBER, "+86************78"),
				Arguments.of("办公室电话0750-3201234", Kind.LANDLINE_NUMBER, "075*******34"),
				Arguments.of("电话（0750）3201234", Kind.LANDLINE_NUMBER, "（07********34"),
				Arguments.of("身份证号440703198506122319", Kind.ID_NUMBER, "440*************19"),
				Arguments.of("身份证11010519491231002X号", Kind.ID_NUMBER, "110*************2X"),
				Arguments.of("卡号6222 0202 0011 2345 679", Kind.BANK_CARD, "622******************79"),
				Arguments.of("银行卡4111111111111111", Kind.BANK_CARD, "411***********11"),
				Arguments.of("邮箱 lihua@example.com", Kind.EMAIL, "lih************om"),
				Arguments.of("车牌粤J·12345停在村口", Kind.LICENCE_PLATE, "粤******5"),
				Arguments.of("新能源车粤JD12345", Kind.LICENCE_PLATE, "粤******5"));
	}

	@ParameterizedTest
	@MethodSource
	void privateData(String text, Kind kind, String masked) {
		List<Finding> findings = PrepublishChecks.check(subject("<p>" + text + "</p>"), DEPUTIES);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(kind);
			assertThat(finding.field()).isEqualTo("body");
			assertThat(finding.masked()).isEqualTo(masked);
			assertThat(text.substring(finding.position())).startsWith(masked.substring(0, 1));
		});
	}

	static Stream<String> ordinaryNumbersDoNotTripTheChecks() {
		return Stream.of("投入资金12167000000元", "共60个项目187个子项", "身份证号440703198506122310（校验位不符）", "编号6222020200112345670",
				"2019年至2024年", "受益1200户", "电话号码请见公告栏", "粤港澳大湾区", "邮编529000", "投资额度为 1,350,000 元", "完成率98.5%",
				"第13812345678901次", "粤J路段");
	}

	@ParameterizedTest
	@MethodSource
	void ordinaryNumbersDoNotTripTheChecks(String text) {
		assertThat(PrepublishChecks.check(subject("<p>" + text + "</p>"), DEPUTIES)).isEmpty();
	}

	@Test
	void aResidentNamedWithoutConsentIsFoundButADeputyOrAConsentingResidentIsNot() {
		String body = "<p>村民李国明，说起路灯很高兴。陈国强说，这是代表的本分。王某某表示满意。</p><p>居民张小红：终于亮了。</p>";

		List<Finding> findings = PrepublishChecks.check(subject(body, Set.of("张小红")), DEPUTIES);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.kind()).isEqualTo(Kind.NAMED_RESIDENT);
			assertThat(finding.masked()).isEqualTo("李**");
			assertThat(finding.position()).isEqualTo(2);
		});
	}

	@Test
	void linksToPrivateAddressesAreFoundAndPublicOnesAreNot() {
		String body = """
				<p><a href="http://192.168.1.10/admin">内网</a> <a href="http://localhost:8080/">本机</a>
				<a href="https://[::1]/">本机</a> <a href="http://intranet.local/">本地</a>
				<a href="https://www.jiangmen.gov.cn/">江门</a> <a href="mailto:renda@example.org">信箱</a></p>""";

		List<Finding> findings = PrepublishChecks.check(subject(body), DEPUTIES);

		assertThat(findings).extracting(Finding::kind)
			.containsOnly(Kind.PRIVATE_LINK, Kind.EMAIL)
			.filteredOn(Kind.PRIVATE_LINK::equals)
			.hasSize(4);
	}

	@Test
	void aStoryWithoutTitleStandfirstCaseOrRegionIsRefused() {
		List<Finding> findings = PrepublishChecks
			.check(new Subject(" ", "", "", "<p>正文</p>", List.of(), 0, 0, Set.of()), DEPUTIES);

		assertThat(findings).extracting(Finding::kind)
			.containsExactly(Kind.MISSING_TITLE, Kind.MISSING_STANDFIRST, Kind.NO_CASE);
		assertThat(PrepublishChecks.check(new Subject("标题", "导语", "", "", List.of(), 1, 0, Set.of()), DEPUTIES))
			.extracting(Finding::kind)
			.containsExactly(Kind.NO_REGION);
	}

	@Test
	void everyTextFieldIsChecked() {
		Subject subject = new Subject("热线13812345678", "导语", "卡面文字 lihua@example.com", "<p>正文</p>", List.of("粤J12345"),
				1, 1, Set.of());

		assertThat(PrepublishChecks.check(subject, DEPUTIES)).extracting(Finding::field)
			.containsExactly("title", "coverText", "tags");
	}

	private static Subject subject(String body) {
		return subject(body, Set.of());
	}

	private static Subject subject(String body, Set<String> consents) {
		return new Subject("南村村路灯亮了", "22盏太阳能路灯", "", body, List.of(), 1, 1, consents);
	}

	@ParameterizedTest(name = "{0} identifies someone: {1}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			13812345678 路灯           | true
			李明 138-1234-5678        | true
			440703199001011234       | true
			someone@example.com      | true
			粤J·12345                | true
			1234567                  | true
			路灯                      | false
			22盏太阳能路灯              | false
			2025年 民生微实事           | false
			ludeng                   | false
			""")
	void aSearchThatIdentifiesSomeoneIsRecognised(String query, boolean identifies) {
		assertThat(PrepublishChecks.identifiesSomeone(query)).isEqualTo(identifies);
	}

}
