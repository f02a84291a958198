package org.grassroots.api.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class SignInController {

	private final StaffSignIn signIn;

	SignInController(StaffSignIn signIn) {
		this.signIn = signIn;
	}

	@MutationMapping
	SignInPayload signIn(@Argument SignInInput input,
			@ContextValue(name = ClientAddress.CONTEXT_KEY, required = false) @Nullable String address) {
		StaffSignIn.IssuedToken token = this.signIn.signIn(input.username(), input.password(), address);
		return new SignInPayload(token.token(), token.expiresAt().toString(), token.username(), token.roles());
	}

	record SignInInput(String username, String password) {

		@Override
		public String toString() {
			return "SignInInput[username=" + this.username + "]";
		}

	}

	record SignInPayload(String token, String expiresAt, String username, List<String> roles) {
	}

}
