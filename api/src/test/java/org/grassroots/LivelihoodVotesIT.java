package org.grassroots;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.StaffFixture.NANCUN;
import static org.grassroots.StaffFixture.classifications;
import static org.grassroots.StaffFixture.ok;

/**
 * The city's voted livelihood projects through the API: the work report's figures, and a
 * city steward carrying a candidate through its vote, sub-items, delivery and rating.
 */
class LivelihoodVotesIT extends StaffIntegrationTest {

	private static final String PROJECT = "project { id key version chosen rank budgetYuan itemCount satisfaction "
			+ "items { seq title budgetYuan } deliveries { key } }";

	@Test
	void anyoneReadsTheWorkReportsFiguresOfTheVotesSince2019() {
		ClientGraphQlResponse response = ok(this.anonymous.document(
				"""
						{ livelihoodStatistics(fromYear: 2019) { years projects items budgetYuan candidates }
						  livelihoodProjects(first: 10, filter: {fromYear: 2023, toYear: 2023, chosen: true}) {
						    totalCount edges { node { rank title votes { inFavour } items { title quantity { value unit } } } } } }""")
			.executeSync());

		assertThat(response.field("livelihoodStatistics.projects").toEntity(Integer.class)).isEqualTo(60);
		assertThat(response.field("livelihoodStatistics.items").toEntity(Integer.class)).isEqualTo(187);
		assertThat(response.field("livelihoodStatistics.budgetYuan").toEntity(Double.class))
			.isEqualTo(12_167_000_000.0);
		assertThat(response.field("livelihoodProjects.totalCount").toEntity(Integer.class)).isEqualTo(10);
		assertThat(all(response, "livelihoodProjects.edges.node.items.quantity.value")).contains(15499.0, 2495.0);
	}

	@Test
	void aCityStewardCarriesACandidateThroughItsVoteSubItemsDeliveryAndRating() {
		String steward = this.staff.account("city-steward", "STEWARD", "jm");
		HttpSyncGraphQlClient client = this.staff.as(steward);
		String id = ok(client
			.document(
					"""
							mutation($input: RecordLivelihoodCandidateInput!) { recordLivelihoodCandidate(input: $input) { %s } }"""
						.formatted(PROJECT))
			.variable("input", Map.of("year", 2026, "field", "RURAL", "title", "农村供水保障提升", "regionKey", "jm"))
			.executeSync()).field("recordLivelihoodCandidate.project.id").toEntity(String.class);
		ok(client
			.document("mutation($input: RecordLivelihoodVoteInput!) { recordLivelihoodVote(input: $input) { %s } }"
				.formatted(PROJECT))
			.variable("input",
					Map.of("id", id, "version", 1, "inFavour", 350, "against", 3, "abstained", 4, "chosen", true,
							"rank", 1))
			.executeSync());
		ok(client
			.document("mutation($input: AddLivelihoodItemInput!) { addLivelihoodItem(input: $input) { %s } }"
				.formatted(PROJECT))
			.variable("input", Map.of("id", id, "version", 2, "title", "新建供水管网", "budgetYuan", 25_000_000))
			.executeSync());
		Map<String, Object> kase = this.staff.caseIn(NANCUN, "VOTED_LIVELIHOOD_PROJECT");
		ok(client
			.document("mutation($input: LinkLivelihoodDeliveryInput!) { linkLivelihoodDelivery(input: $input) { %s } }"
				.formatted(PROJECT))
			.variable("input", Map.of("id", id, "version", 3, "caseId", kase.get("id")))
			.executeSync());
		ClientGraphQlResponse rated = ok(client
			.document("mutation($input: RateLivelihoodProjectInput!) { rateLivelihoodProject(input: $input) { %s } }"
				.formatted(PROJECT))
			.variable("input", Map.of("id", id, "version", 4, "satisfaction", 96.5))
			.executeSync());

		assertThat(rated.field("rateLivelihoodProject.project.version").toEntity(Integer.class)).isEqualTo(5);
		assertThat(rated.field("rateLivelihoodProject.project.chosen").toEntity(Boolean.class)).isTrue();
		assertThat(rated.field("rateLivelihoodProject.project.budgetYuan").toEntity(Double.class))
			.isEqualTo(25_000_000.0);
		assertThat(all(rated, "rateLivelihoodProject.project.items.title")).containsExactly("新建供水管网");
		assertThat(all(rated, "rateLivelihoodProject.project.deliveries.key")).containsExactly(kase.get("key"));
		assertThat(rated.field("rateLivelihoodProject.project.satisfaction").toEntity(Double.class)).isEqualTo(96.5);
	}

	@Test
	void aYearChoosesAtMostTenAndADistrictStewardDoesNotReachTheCitysProjects() {
		String candidate = this.staff.candidate(2023);
		ClientGraphQlResponse eleventh = this.staff.admin()
			.document(
					"""
							mutation($input: RecordLivelihoodVoteInput!) { recordLivelihoodVote(input: $input) { project { id } } }""")
			.variable("input",
					Map.of("id", candidate, "version", 1, "inFavour", 300, "against", 1, "abstained", 1, "chosen", true,
							"rank", 10))
			.executeSync();
		String district = this.staff.account("district-steward", "STEWARD", StaffFixture.PENGJIANG);
		ClientGraphQlResponse refused = this.staff.as(district)
			.document(
					"""
							mutation($input: RecordLivelihoodVoteInput!) { recordLivelihoodVote(input: $input) { project { id } } }""")
			.variable("input",
					Map.of("id", candidate, "version", 1, "inFavour", 1, "against", 1, "abstained", 1, "chosen", false))
			.executeSync();

		assertThat(classifications(eleventh)).containsExactly("BAD_REQUEST");
		assertThat(eleventh.getErrors().get(0).getExtensions()).containsEntry("field", "input.chosen");
		assertThat(classifications(refused)).containsExactly("FORBIDDEN");
	}

}
