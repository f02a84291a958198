package org.grassroots.api.paging;

import org.grassroots.api.error.InvalidInputException;

/**
 * Opaque cursors: the key of the item they point after, encoded like a global id so
 * clients do not build or parse them.
 */
public final class Cursors {

	private Cursors() {
	}

	public static String encode(String type, String key) {
		return GlobalId.of(type, key);
	}

	/**
	 * @throws InvalidInputException when the cursor is not one of ours for that type
	 */
	public static String decode(String type, String cursor) {
		return GlobalId.decode(cursor)
			.filter((id) -> id.type().equals(type))
			.map(GlobalId::key)
			.orElseThrow(() -> new InvalidInputException("Not a valid cursor: '" + cursor + "'"));
	}

}
