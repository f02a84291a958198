package org.grassroots;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.StaffFixture.NANCUN;
import static org.grassroots.StaffFixture.PENGJIANG;
import static org.grassroots.StaffFixture.ok;

/**
 * Two clients edit one case at once, each 100 times from the version it last read: every
 * update lands or gets {@code CONFLICT}, and none is lost: the case's version counts the
 * landed ones, its title is the last landed one, and the audit trail holds exactly them.
 */
class ConcurrentEditsIT extends StaffIntegrationTest {

	private static final int UPDATES = 100;

	@Test
	void twoClientsUpdatingOneCaseLoseNoUpdateAndTheTrailAgreesWithTheCase() throws Exception {
		StaffFixture staff = this.staff;
		Map<String, Object> kase = staff.caseIn(NANCUN, "MICRO_PROJECT");
		String steward = staff.account("concurrent", "STEWARD", PENGJIANG);
		List<HttpSyncGraphQlClient> clients = List.of(staff.as(steward), staff.admin());
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Future<List<String>>> runs = new ArrayList<>();
		for (int c = 0; c < clients.size(); c++) {
			HttpSyncGraphQlClient client = clients.get(c);
			String name = "client-" + c;
			runs.add(threads.submit((Callable<List<String>>) () -> edit(client, name, (String) kase.get("id"))));
		}
		List<String> landed = new ArrayList<>();
		for (Future<List<String>> run : runs) {
			landed.addAll(run.get());
		}
		threads.shutdown();

		ClientGraphQlResponse now = ok(staff.admin()
			.document("query($id: ID!) { node(id: $id) { ... on Case { key version title } } }")
			.variable("id", kase.get("id"))
			.executeSync());
		String key = now.field("node.key").toEntity(String.class);
		ClientGraphQlResponse trail = ok(staff.admin().document("""
				query($key: String) { auditEvents(filter: {targetKey: $key, action: "updateCase"}, first: 1) {
				  totalCount edges { node { changes { field after } } } } }""").variable("key", key).executeSync());

		assertThat(landed).isNotEmpty();
		assertThat(now.field("node.version").toEntity(Integer.class)).isEqualTo(1 + landed.size());
		assertThat(trail.field("auditEvents.totalCount").toEntity(Integer.class)).isEqualTo(landed.size());
		List<Object> lastChanges = all(trail, "auditEvents.edges.node.changes.after");
		assertThat(lastChanges).contains("\"" + now.field("node.title").toEntity(String.class) + "\"");
		assertThat(landed).contains(now.field("node.title").toEntity(String.class));
	}

	/** 100 updates, each from the version last read; returns the titles that landed. */
	private static List<String> edit(HttpSyncGraphQlClient client, String name, String id) {
		List<String> landed = new ArrayList<>();
		int version = version(client, id);
		for (int i = 0; i < UPDATES; i++) {
			String title = name + " " + i;
			ClientGraphQlResponse response = client.document("""
					mutation($input: UpdateCaseInput!) { updateCase(input: $input) { case { version } } }""")
				.variable("input", Map.of("id", id, "version", version, "title", title))
				.executeSync();
			if (response.getErrors().isEmpty()) {
				landed.add(title);
				version = response.field("updateCase.case.version").toEntity(Integer.class);
			}
			else {
				assertThat(response.getErrors()).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT"));
				version = ((Number) response.getErrors().get(0).getExtensions().get("currentVersion")).intValue();
			}
		}
		return landed;
	}

	private static int version(HttpSyncGraphQlClient client, String id) {
		return ok(client.document("query($id: ID!) { node(id: $id) { ... on Case { version } } }")
			.variable("id", id)
			.executeSync()).field("node.version").toEntity(Integer.class);
	}

}
