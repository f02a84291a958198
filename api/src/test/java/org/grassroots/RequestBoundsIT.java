package org.grassroots;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.grassroots.api.paging.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arguments that scale the work a request does are refused before any work when they are
 * out of bounds, so no single request can take the server down.
 */
class RequestBoundsIT extends ApiIntegrationTest {

	private static final String BILLION_YEARS = """
			{"query":"{ dutyCompliance(regionKey: \\"jm\\", from: \\"-999999999-01-01\\", to: \\"+999999999-12-31\\") \
			{ deputies rate details { missed { start } } } }"}""";

	RawHttp raw;

	@BeforeEach
	void raw() {
		this.raw = new RawHttp(this.port);
	}

	@Test
	void aComplianceRequestOverABillionYearsIsRefusedAsInvalidDates() {
		RawHttp.Answer answer = this.raw.postJson(BILLION_YEARS);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("ValidationError")
			.contains("between 1900-01-01 and 2199-12-31")
			.doesNotContain("\"data\"");
	}

	@Test
	void aCompliancePeriodOverTenYearsIsABadRequestOnItsField() {
		var response = this.anonymous.document("""
				{ dutyCompliance(regionKey: "jm", from: "1900-01-01", to: "2199-12-31") { deputies } }""")
			.executeSync();

		assertThat(response.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getParsedPath()).containsExactly("dutyCompliance");
			assertThat(error.getMessage()).contains("at most 10 years");
		});
	}

	@Test
	void aTenYearPeriodIsAnsweredWithEveryWindowCounted() {
		var response = this.anonymous.document("""
				{ dutyCompliance(regionKey: "jm", from: "2016-01-01", to: "2026-01-01") {
				    deputies details(first: 100) { intervalMonths windows windowsWithVisit } } }""").executeSync();

		assertThat(response.getErrors()).isEmpty();
		List<Object> windows = all(response, "dutyCompliance.details.windows");
		List<Object> intervals = all(response, "dutyCompliance.details.intervalMonths");
		assertThat(windows).isNotEmpty();
		for (int i = 0; i < windows.size(); i++) {
			assertThat((Integer) windows.get(i)).isEqualTo(120 / (Integer) intervals.get(i));
		}
	}

	@Test
	void dateFiltersOutsideTheDomainAreRefusedBeforeAnyWork() {
		RawHttp.Answer answer = this.raw.postJson("""
				{"query":"query($from: Date!) { cases(first: 1, filter: {raisedFrom: $from}) { totalCount } }",\
				"variables":{"from":"+99999-01-01"}}""");

		assertThat(answer.body()).contains("Variable 'from' has an invalid value").contains("ValidationError");
	}

	@Test
	void aForgedCursorCarryingTextForADateIsABadRequestOnItsField() {
		String forged = GlobalId.of("Case", "RAISED_ON\n' OR 1=1\nx");
		var response = this.anonymous
			.document("query($after: String) { cases(first: 2, after: $after, "
					+ "orderBy: {field: RAISED_ON, direction: DESC}) { totalCount } }")
			.variable("after", forged)
			.executeSync();

		assertThat(response.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getPath()).isEqualTo("cases");
		});
	}

	@Test
	void computedFieldsCountTheirRealCostTowardsComplexity() {
		StringBuilder document = new StringBuilder("{");
		for (int i = 0; i < 12; i++) {
			document.append(" c")
				.append(i)
				.append(": dutyCompliance(regionKey: \"jm\", from: \"2020-01-01\", ")
				.append("to: \"2026-01-01\") { deputies }");
		}
		var response = this.anonymous.document(document.append(" }").toString()).executeSync();

		assertThat(response.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("complexity"));
	}

	@Test
	void theServerStaysResponsiveWhileTheBillionYearRequestIsSentInALoop() throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger sent = new AtomicInteger();
		List<Thread> attackers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			attackers.add(Thread.ofPlatform().start(() -> {
				RawHttp attacker = new RawHttp(this.port);
				while (!stop.get()) {
					attacker.postJson(BILLION_YEARS);
					sent.incrementAndGet();
				}
			}));
		}
		try {
			for (int i = 0; i < 20; i++) {
				RawHttp.Answer answer = this.raw.postJson("{\"query\":\"{ __typename }\"}");
				assertThat(answer.status()).isEqualTo(200);
				assertThat(answer.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
				Thread.sleep(50);
			}
		}
		finally {
			stop.set(true);
			for (Thread attacker : attackers) {
				attacker.join();
			}
		}
		assertThat(sent.get()).isGreaterThan(20);
	}

}
