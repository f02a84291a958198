package org.grassroots;

import org.grassroots.api.paging.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.StaffFixture.NANCUN;
import static org.grassroots.StaffFixture.PENGJIANG;
import static org.grassroots.StaffFixture.classifications;
import static org.grassroots.StaffFixture.ok;

/**
 * A district's steward keeps its network up to date: stations, grids, deputies and where
 * they serve, consultations and their tallies; never another district's.
 */
class NetworkEditingIT extends StaffIntegrationTest {

	HttpSyncGraphQlClient steward;

	@BeforeEach
	void stewards() {
		this.steward = this.staff.as(this.staff.account("network-steward", "STEWARD", PENGJIANG));
	}

	@Test
	void aStewardRecordsAStationItsGridsAndADeputyServingThere() {
		String station = ok(this.steward.document("""
				mutation { createStation(input: {name: "南村村人大代表联络站", kind: VILLAGE, regionKey: "%s"}) {
				  station { id key version } } }""".formatted(NANCUN)).executeSync()).field("createStation.station.key")
			.toEntity(String.class);
		String stationId = GlobalId.of("Station", station);
		ClientGraphQlResponse renamed = ok(this.steward.document("""
				mutation($id: ID!) { updateStation(input: {id: $id, version: 1, name: "南村村代表联络站"}) {
				  station { name version } } }""").variable("id", stationId).executeSync());
		ClientGraphQlResponse stale = this.steward.document("""
				mutation($id: ID!) { updateStation(input: {id: $id, version: 1, name: "旧名"}) { station { name } } }""")
			.variable("id", stationId)
			.executeSync();
		String grid = ok(this.steward.document("""
				mutation($station: String) { createGrid(input: {name: "南村村一网格", size: LARGE, regionKey: "%s",
				  stationKey: $station}) { grid { key version } } }""".formatted(NANCUN))
			.variable("station", station)
			.executeSync()).field("createGrid.grid.key").toEntity(String.class);
		ok(this.steward.document("""
				mutation($parent: String) { createGrid(input: {name: "南村村一网格第1小网格", size: SMALL,
				  parentGridKey: $parent}) { grid { key } } }""").variable("parent", grid).executeSync());
		String deputy = ok(this.steward.document("""
				mutation { createRepresentative(input: {name: "李明", levels: [TOWNSHIP], regionKey: "%s"}) {
				  representative { key } } }""".formatted(PENGJIANG)).executeSync())
			.field("createRepresentative.representative.key")
			.toEntity(String.class);
		ok(this.steward.document("""
				mutation($deputy: String!, $station: String) { assignRepresentative(input: {deputyKey: $deputy,
				  stationKey: $station, since: "2026-01-01", role: "RECEPTION"}) { representative { key } } }""")
			.variable("deputy", deputy)
			.variable("station", station)
			.executeSync());

		ClientGraphQlResponse page = ok(this.anonymous
			.document(
					"""
							query($id: ID!) { node(id: $id) { ... on Station { name representatives(first: 5) { edges { node { key } } }
							  grids(first: 5) { totalCount } } } }""")
			.variable("id", stationId)
			.executeSync());

		assertThat(renamed.field("updateStation.station.version").toEntity(Integer.class)).isEqualTo(2);
		assertThat(classifications(stale)).containsExactly("CONFLICT");
		assertThat(page.field("node.name").toEntity(String.class)).isEqualTo("南村村代表联络站");
		assertThat(all(page, "node.representatives.edges.node.key")).containsExactly(deputy);
		assertThat(page.field("node.grids.totalCount").toEntity(Integer.class)).isGreaterThanOrEqualTo(1);

		ok(this.steward.document("""
				mutation($deputy: String!, $station: String) { endAssignment(input: {deputyKey: $deputy,
				  stationKey: $station}) { representative { key } } }""")
			.variable("deputy", deputy)
			.variable("station", station)
			.executeSync());
		ClientGraphQlResponse after = ok(this.anonymous.document("""
				query($id: ID!) { node(id: $id) { ... on Station { representatives(first: 5) { totalCount } } } }""")
			.variable("id", stationId)
			.executeSync());
		assertThat(after.field("node.representatives.totalCount").toEntity(Integer.class)).isZero();
	}

	@Test
	void aConsultationsTalliesAreCheckedAndAnotherDistrictsStationIsOutOfReach() {
		String consultation = ok(this.steward.document("""
				mutation { openConsultation(input: {lawKey: "law-agriculture-draft",
				  contactPointKey: "st-pengjiang-xingfu-sijing", title: "农业法修订草案意见征集", openedOn: "2026-03-01"}) {
				  consultation { id version } } }""").executeSync()).field("openConsultation.consultation.id")
			.toEntity(String.class);

		ClientGraphQlResponse tooMany = this.steward.document("""
				mutation($id: ID!) { recordConsultationTallies(input: {id: $id, version: 1, opinionsSubmitted: 10,
				  opinionsAdopted: 11}) { consultation { id } } }""").variable("id", consultation).executeSync();
		ClientGraphQlResponse tallied = ok(this.steward.document("""
				mutation($id: ID!) { recordConsultationTallies(input: {id: $id, version: 1, opinionsSubmitted: 48,
				  opinionsAdopted: 9}) { consultation { version opinionsSubmitted opinionsAdopted } } }""")
			.variable("id", consultation)
			.executeSync());
		ClientGraphQlResponse elsewhere = this.steward.document("""
				mutation($id: ID!) { updateStation(input: {id: $id, version: 1, name: "越权"}) { station { name } } }""")
			.variable("id", GlobalId.of("Station", "st-heshan-lvyin"))
			.executeSync();
		ClientGraphQlResponse createElsewhere = this.steward.document(
				"""
						mutation { createStation(input: {name: "越权", kind: VILLAGE, regionKey: "jm-heshan"}) { station { key } } }""")
			.executeSync();

		assertThat(classifications(tooMany)).containsExactly("BAD_REQUEST");
		assertThat(tooMany.getErrors().get(0).getExtensions()).containsEntry("field", "input.opinionsAdopted");
		assertThat(tallied.field("recordConsultationTallies.consultation.version").toEntity(Integer.class))
			.isEqualTo(2);
		assertThat(tallied.field("recordConsultationTallies.consultation.opinionsAdopted").toEntity(Integer.class))
			.isEqualTo(9);
		assertThat(classifications(elsewhere)).containsExactly("FORBIDDEN");
		assertThat(classifications(createElsewhere)).containsExactly("FORBIDDEN");
		assertThat(ok(this.anonymous.document("""
				{ node(id: "%s") { ... on Station { name } } }""".formatted(GlobalId.of("Station", "st-heshan-lvyin")))
			.executeSync()).field("node.name").toEntity(String.class)).isEqualTo("绿茵社区人大代表联络站");
	}

}
