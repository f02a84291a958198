package org.grassroots;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.client.ClientGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed down: after five failures in a row a name is locked for a
 * minute, whether an account has it or not, and the caller is told when to try again.
 */
class SignInLimitsIT extends ApiIntegrationTest {

	@Test
	void aNameIsLockedAfterFiveFailuresInARowAndTheCallerToldWhenToRetry() {
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("guess-me", "guess-" + i).getErrors()).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
		}

		ClientGraphQlResponse locked = signIn("guess-me", "guess-5");

		assertThat(locked.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo("TOO_MANY_ATTEMPTS");
			assertThat(error.getPath()).isEqualTo("signIn");
			assertThat(error.getExtensions()).containsEntry("retryAfterSeconds", 60);
		});
		assertThat(signIn("GUESS-ME", "guess-6").getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("TOO_MANY_ATTEMPTS"));
	}

	@Test
	void anotherNameFromTheSameAddressIsNotLockedByIt() {
		for (int i = 0; i < 5; i++) {
			signIn("guess-me-too", "guess-" + i);
		}

		assertThat(signIn("editor", "correct-horse-battery").getErrors()).isEmpty();
	}

	private ClientGraphQlResponse signIn(String username, String password) {
		return this.anonymous
			.document("mutation($u: String!, $p: String!) { signIn(input: {username: $u, password: $p}) { token } }")
			.variable("u", username)
			.variable("p", password)
			.executeSync();
	}

}
