package org.grassroots.api.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.grassroots.api.error.InvalidInputException;

/**
 * Opaque cursors: the key of an item, labelled with its type and Base64url-encoded so
 * clients do not build or parse them.
 */
public final class Cursors {

	private Cursors() {
	}

	public static String encode(String type, String key) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws InvalidInputException when the cursor is not one of ours for that type
	 */
	public static String decode(String type, String cursor) {
		String prefix = type + ":";
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(prefix) && decoded.length() > prefix.length()) {
				return decoded.substring(prefix.length());
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidInputException("Not a valid cursor: '" + cursor + "'");
	}

}
