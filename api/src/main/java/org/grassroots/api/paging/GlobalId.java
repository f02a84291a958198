package org.grassroots.api.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque global ids for the {@code Node} interface: a type name and a business key,
 * Base64url-encoded. Clients pass them back; they never build or parse them.
 *
 * @param type the GraphQL type, e.g. {@code Case}
 * @param key the business key
 */
public record GlobalId(String type, String key) {

	public String encoded() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.type + ":" + this.key).getBytes(StandardCharsets.UTF_8));
	}

	public static String of(String type, String key) {
		return new GlobalId(type, key).encoded();
	}

	/**
	 * @return empty when the text is not a global id
	 */
	public static Optional<GlobalId> decode(String encoded) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon > 0 && colon < decoded.length() - 1) {
				return Optional.of(new GlobalId(decoded.substring(0, colon), decoded.substring(colon + 1)));
			}
		}
		catch (IllegalArgumentException ex) {
			// not Base64: reported as empty
		}
		return Optional.empty();
	}

}
