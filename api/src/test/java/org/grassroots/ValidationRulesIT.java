package org.grassroots;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.StaffFixture.NANCUN;
import static org.grassroots.StaffFixture.classifications;

/**
 * One row per validation rule of a new case: an otherwise valid input that breaks only
 * that rule is refused with {@code BAD_REQUEST} on exactly that input field, and nothing
 * is stored.
 */
class ValidationRulesIT extends StaffIntegrationTest {

	private static final String TOMORROW = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

	static Stream<Arguments> rules() {
		return Stream.of(rule("a title is not blank", "title", "  ", "input.title"),
				rule("a title has at most 100 characters", "title", "长".repeat(101), "input.title"),
				rule("a summary has at most 500 characters", "summary", "长".repeat(501), "input.summary"),
				rule("text has no control characters", "narrative", "bell\u0007", "input.narrative"),
				rule("raised on is not in the future", "raisedOn", TOMORROW, "input.raisedOn"),
				rule("a station exists", "stationKey", "no-such-station", "input.stationKey"),
				rule("a grid exists", "gridKey", "no-such-grid", "input.gridKey"),
				rule("deputies exist", "raisedByKeys", List.of("no-such-deputy"), "input.raisedByKeys"),
				rule("laws exist", "lawKeys", List.of("no-such-law"), "input.lawKeys"),
				rule("agencies exist", "agencyKeys", List.of("no-such-agency"), "input.agencyKeys"),
				rule("at most 50 deputies", "raisedByKeys", Collections.nCopies(51, "rep-zhang-yuan"),
						"input.raisedByKeys"),
				rule("funding is not negative", "figures", Map.of("fundingYuan", -1), "input.figures.fundingYuan"),
				rule("funding is in whole yuan", "figures", Map.of("fundingYuan", 10.5), "input.figures.fundingYuan"),
				rule("beneficiaries are not negative", "figures", Map.of("beneficiaries", -3),
						"input.figures.beneficiaries"),
				rule("a quantity has a unit", "figures", Map.of("quantity", 12), "input.figures.quantityUnit"),
				rule("a duration is not negative", "figures", Map.of("durationDays", -1), "input.figures.durationDays"),
				rule("an idempotency key has at most 200 characters", "idempotencyKey", "k".repeat(201),
						"input.idempotencyKey"));
	}

	private static Arguments rule(String name, String field, Object value, String path) {
		return Arguments.of(name, field, value, path);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void aNewCaseThatBreaksOneRuleIsRefusedOnThatFieldAndNothingIsStored(String rule, String field, Object value,
			String path) {
		Map<String, Object> input = new HashMap<>(
				Map.of("kind", "MICRO_PROJECT", "title", "合规的标题", "regionKey", NANCUN));
		input.put(field, value);
		long before = cases();

		ClientGraphQlResponse refused = this.staff.admin()
			.document(StaffFixture.CREATE)
			.variable("input", input)
			.executeSync();

		assertThat(classifications(refused)).containsExactly("BAD_REQUEST");
		assertThat(refused.getErrors().get(0).getExtensions()).containsEntry("field", path);
		assertThat(refused.getErrors().get(0).getMessage()).isNotBlank();
		assertThat(cases()).isEqualTo(before);
	}

	private long cases() {
		return this.neo4j.query("MATCH (c) WHERE c:Case OR c:ArchivedCase RETURN count(c)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

}
