package org.grassroots.api.paging;

import org.grassroots.application.failure.InvalidFields;
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
	 * The key of an input's global id of the given type.
	 * @param field the input field's path, for the error
	 * @throws InvalidFields when the id is not a global id of that type
	 */
	public static String keyOf(String type, String encoded, String field) {
		return decode(encoded).filter((id) -> id.type().equals(type))
			.map(GlobalId::key)
			.orElseThrow(() -> new InvalidFields(field, field + " must be the id of a " + type + ", was '"
					+ ((encoded.length() > 100) ? encoded.substring(0, 100) + "…" : encoded) + "'"));
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
