package org.grassroots.application.accounts;

import java.util.Locale;
import java.util.Set;

import org.grassroots.application.failure.InvalidFields;

/**
 * What a staff password must be: long enough to resist guessing (12 to 128 characters),
 * not the account's name, not one repeated character, not one of the passwords every list
 * of leaked passwords starts with.
 */
public final class PasswordPolicy {

	public static final int MIN = 12;

	public static final int MAX = 128;

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12", "admin1234567",
			"passwordpassword", "1234567890ab", "iloveyou1234", "abc123456789", "grassroots123");

	private PasswordPolicy() {
	}

	/**
	 * @param field the input field's path, for the error
	 * @throws InvalidFields with a message that says what to change
	 */
	public static void check(String field, String username, String password) {
		int length = password.codePointCount(0, password.length());
		String problem = null;
		if (length < MIN || length > MAX) {
			problem = "密码 (password) must have " + MIN + " to " + MAX + " characters, got " + length;
		}
		else if (password.codePoints().distinct().count() < 4) {
			problem = "密码 (password) must use at least 4 different characters";
		}
		else if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			problem = "密码 (password) must not contain the user name";
		}
		else if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
			problem = "密码 (password) is one of the most common passwords; choose another";
		}
		if (problem != null) {
			throw new InvalidFields(field, problem);
		}
	}

}
