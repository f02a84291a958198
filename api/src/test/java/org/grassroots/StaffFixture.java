package org.grassroots;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.grassroots.api.paging.GlobalId;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff accounts for a test, made the way an administrator makes them: through the API.
 */
final class StaffFixture {

	/** Every account a test creates has this password. */
	static final String PASSWORD = "long-enough-passphrase-7";

	static final String PENGJIANG = "jm-pengjiang";

	static final String NANCUN = "jm-pengjiang-hetang-nancun";

	static final String HETANG_STATION = "st-pengjiang-hetang-center";

	static final String HESHAN = "jm-heshan";

	static final String HESHAN_VILLAGE = "jm-heshan-longkou-qingwen";

	private static final AtomicInteger created = new AtomicInteger();

	private final HttpSyncGraphQlClient anonymous;

	private final HttpSyncGraphQlClient admin;

	StaffFixture(HttpSyncGraphQlClient anonymous, HttpSyncGraphQlClient admin) {
		this.anonymous = anonymous;
		this.admin = admin;
	}

	HttpSyncGraphQlClient admin() {
		return this.admin;
	}

	/** A new account holding the role in each region; its name starts with the prefix. */
	String account(String prefix, String role, String... regionKeys) {
		String username = prefix + "-" + (System.currentTimeMillis() % 100_000) + "-" + created.incrementAndGet();
		ok(this.admin.document("""
				mutation($username: String!, $password: String!) {
				  createAccount(input: {username: $username, password: $password}) { account { username } }
				}""").variable("username", username).variable("password", PASSWORD).executeSync());
		for (String region : regionKeys) {
			ok(this.admin.document("""
					mutation($username: String!, $role: Role!, $region: String!) {
					  grantRole(input: {username: $username, role: $role, regionKey: $region}) { account { username } }
					}""")
				.variable("username", username)
				.variable("role", role)
				.variable("region", region)
				.executeSync());
		}
		return username;
	}

	/** A client signed in as the account. */
	HttpSyncGraphQlClient as(String username) {
		return this.anonymous.mutate().header("Authorization", "Bearer " + token(username, PASSWORD)).build();
	}

	String token(String username, String password) {
		ClientGraphQlResponse response = this.anonymous.document("""
				mutation($u: String!, $p: String!) { signIn(input: {username: $u, password: $p}) { token } }""")
			.variable("u", username)
			.variable("p", password)
			.executeSync();
		ok(response);
		return response.field("signIn.token").toEntity(String.class);
	}

	/**
	 * Creates a case in the region as the administrator; returns its id, key and version.
	 */
	Map<String, Object> caseIn(String regionKey, String kind) {
		ClientGraphQlResponse response = this.admin.document(CREATE)
			.variable("input",
					Map.of("kind", kind, "title", "测试案例 " + created.incrementAndGet(), "regionKey", regionKey,
							"summary", "居民反映的问题", "narrative", "经过"))
			.executeSync();
		ok(response);
		return response.field("createCase.case").toEntity(Map.class);
	}

	/** Takes the story told from the case down, as the administrator. */
	void unpublishStoryOf(String caseKey) {
		ClientGraphQlResponse story = ok(
				this.admin.document("query($id: ID!) { editorialArticle(id: $id) { id version } }")
					.variable("id", GlobalId.of("Article", "article-" + caseKey))
					.executeSync());
		ok(this.admin.document(
				"mutation($id: ID!, $v: Int!) { unpublishArticle(input: {id: $id, version: $v}) { article { state } } }")
			.variable("id", story.field("editorialArticle.id").toEntity(String.class))
			.variable("v", story.field("editorialArticle.version").toEntity(Integer.class))
			.executeSync());
	}

	/** Records a station in the region as the administrator; returns its id. */
	String station(String regionKey) {
		ClientGraphQlResponse response = this.admin.document("""
				mutation($region: String!) { createStation(input: {name: "测试联络站", kind: VILLAGE, regionKey: $region}) {
				  station { id } } }""").variable("region", regionKey).executeSync();
		ok(response);
		return response.field("createStation.station.id").toEntity(String.class);
	}

	/**
	 * Records a livelihood candidate for the year as the administrator; returns its id.
	 */
	String candidate(int year) {
		ClientGraphQlResponse response = this.admin.document("""
				mutation($input: RecordLivelihoodCandidateInput!) { recordLivelihoodCandidate(input: $input) {
				  project { id } } }""")
			.variable("input",
					Map.of("year", year, "field", "EDUCATION", "title", "候选项目 " + created.incrementAndGet(),
							"regionKey", "jm"))
			.executeSync();
		ok(response);
		return response.field("recordLivelihoodCandidate.project.id").toEntity(String.class);
	}

	static final String CREATE = """
			mutation($input: CreateCaseInput!) {
			  createCase(input: $input) { case { id key version status title place timeline { stage on } } }
			}""";

	/**
	 * Removes the cases and duty visits staff recorded, with their timelines, so that the
	 * tests reading the demo graph's figures find them as the demo data has them.
	 */
	static void forgetRecords(Neo4jClient neo4j) {
		neo4j.query("""
				MATCH (a:Article)-[:TELLS]->(c) WHERE c.source STARTS WITH 'staff:'
				OPTIONAL MATCH (a)-[:HAS_REVISION]->(r:ArticleRevision)
				DETACH DELETE a, r""").run();
		neo4j.query("""
				MATCH (c) WHERE (c:Case OR c:ArchivedCase) AND c.source STARTS WITH 'staff:'
				OPTIONAL MATCH (c)-[:HAS_STAGE]->(s:Stage)
				DETACH DELETE c, s""").run();
		neo4j.query("MATCH (v:DutyVisit {source: 'staff'}) DETACH DELETE v").run();
		neo4j.query("""
				MATCH (p:LivelihoodProject) WHERE p.source STARTS WITH 'staff:'
				OPTIONAL MATCH (p)-[:HAS_ITEM]->(i:ProjectItem)
				DETACH DELETE p, i""").run();
		neo4j.query("""
				MATCH (n) WHERE (n:Station OR n:Grid OR n:Representative OR n:Consultation)
				  AND n.source STARTS WITH 'staff:'
				DETACH DELETE n""").run();
	}

	/** Asserts that the response has no errors. */
	static ClientGraphQlResponse ok(ClientGraphQlResponse response) {
		assertThat(response.getErrors()).as("errors").isEmpty();
		return response;
	}

	/** The classifications of the response's errors. */
	static List<String> classifications(ClientGraphQlResponse response) {
		return response.getErrors().stream().map((error) -> error.getErrorType().toString()).toList();
	}

}
