package org.grassroots;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.StaffFixture.PENGJIANG;
import static org.grassroots.StaffFixture.classifications;
import static org.grassroots.StaffFixture.ok;

/**
 * Accounts as their holders and administrators see them: who am I, the password policy,
 * and tokens that stop working the moment an account is disabled or its password changes.
 */
class AccountsIT extends StaffIntegrationTest {

	@Test
	void meShowsTheCallersRolesAndTheirRegionsAndNothingForAnAnonymousCaller() {
		String steward = this.staff.account("me-steward", "STEWARD", PENGJIANG, "jm-heshan");

		ClientGraphQlResponse me = ok(this.staff.as(steward)
			.document("{ me { username admin disabled roles { role regionKey region { name } } } }")
			.executeSync());
		ClientGraphQlResponse nobody = ok(this.anonymous.document("{ me { username } }").executeSync());

		assertThat(me.field("me.username").toEntity(String.class)).isEqualTo(steward);
		assertThat(all(me, "me.roles.regionKey")).containsExactlyInAnyOrder(PENGJIANG, "jm-heshan");
		assertThat(all(me, "me.roles.region.name")).containsExactlyInAnyOrder("蓬江区", "鹤山市");
		assertThat(all(me, "me.roles.role")).containsOnly("STEWARD");
		assertThat((Object) nobody.field("me").getValue()).isNull();
	}

	@Test
	void disablingAnAccountRefusesTheTokenItAlreadyHoldsAndItsSignIn() {
		String viewer = this.staff.account("disabled-viewer", "VIEWER", PENGJIANG);
		String token = this.staff.token(viewer, StaffFixture.PASSWORD);
		assertThat(status(token)).isEqualTo(HttpStatus.OK);

		ok(this.staff.admin()
			.document("mutation($u: String!) { disableAccount(input: {username: $u}) { account { disabled } } }")
			.variable("u", viewer)
			.executeSync());

		assertThat(status(token)).isEqualTo(HttpStatus.UNAUTHORIZED);
		ClientGraphQlResponse signIn = this.anonymous.document("""
				mutation($u: String!, $p: String!) { signIn(input: {username: $u, password: $p}) { token } }""")
			.variable("u", viewer)
			.variable("p", StaffFixture.PASSWORD)
			.executeSync();
		assertThat(classifications(signIn)).containsExactly("UNAUTHORIZED");
	}

	@Test
	void changingOnesPasswordRefusesTheTokensIssuedBeforeAndTheNewPasswordSignsIn() {
		String viewer = this.staff.account("password-viewer", "VIEWER", PENGJIANG);
		String token = this.staff.token(viewer, StaffFixture.PASSWORD);
		HttpSyncGraphQlClient client = this.anonymous.mutate().header("Authorization", "Bearer " + token).build();

		ok(client.document("""
				mutation { changePassword(input: {currentPassword: "%s", newPassword: "a-new-passphrase-42"}) {
				  account { username } } }""".formatted(StaffFixture.PASSWORD)).executeSync());

		assertThat(status(token)).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.staff.token(viewer, "a-new-passphrase-42")).isNotBlank();
	}

	@Test
	void aPasswordThatBreaksThePolicyIsRefusedWithAMessageThatSaysWhatToChange() {
		Map<String, String> cases = Map.of("short", "must have 12 to 128 characters", "aaaaaaaaaaaaaaaa",
				"at least 4 different characters", "policy-tester-123", "must not contain the user name",
				"password1234", "most common passwords");
		cases.forEach((password, message) -> {
			ClientGraphQlResponse refused = this.staff.admin().document("""
					mutation($p: String!) { createAccount(input: {username: "policy-tester", password: $p}) {
					  account { username } } }""").variable("p", password).executeSync();
			assertThat(classifications(refused)).as(password).containsExactly("BAD_REQUEST");
			assertThat(refused.getErrors().get(0).getMessage()).as(password).contains(message);
			assertThat(refused.getErrors().get(0).getExtensions()).containsEntry("field", "input.password");
		});
	}

	@Test
	void administratorsListAccountsByNameAndRegionAndNobodyElseDoes() {
		String steward = this.staff.account("listed-steward", "STEWARD", PENGJIANG);
		String document = """
				query($name: String) { accounts(first: 10, filter: {usernameContains: $name, regionKey: "jm-pengjiang"}) {
				  totalCount edges { node { username roles { role regionKey } } } } }""";

		ClientGraphQlResponse listed = ok(
				this.staff.admin().document(document).variable("name", steward).executeSync());
		ClientGraphQlResponse refused = this.staff.as(steward)
			.document(document)
			.variable("name", steward)
			.executeSync();
		ClientGraphQlResponse anonymous = this.anonymous.document(document).variable("name", steward).executeSync();

		assertThat(all(listed, "accounts.edges.node.username")).containsExactly(steward);
		assertThat(listed.field("accounts.totalCount").toEntity(Integer.class)).isEqualTo(1);
		assertThat(classifications(refused)).containsExactly("FORBIDDEN");
		assertThat(classifications(anonymous)).containsExactly("UNAUTHORIZED");
	}

	private HttpStatus status(String token) {
		int code = this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"query\":\"{ me { username } }\"}")
			.exchange((request, response) -> response.getStatusCode().value(), true);
		return HttpStatus.valueOf(code);
	}

}
