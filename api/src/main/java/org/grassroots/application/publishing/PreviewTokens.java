package org.grassroots.application.publishing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring links to one revision: {@code articleKey.revision.expiry.signature},
 * all base64url, signed with HMAC-SHA256. The token says nothing secret; its signature
 * makes it unforgeable.
 */
final class PreviewTokens {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final byte[] key;

	PreviewTokens(PublishingProperties properties) {
		String secret = properties.previewSecret();
		if (secret == null || secret.isBlank()) {
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
			throw new IllegalStateException("grassroots.publishing.preview-secret must have at least 32 bytes");
		}
		else {
			this.key = secret.getBytes(StandardCharsets.UTF_8);
		}
	}

	/**
	 * What a valid token grants.
	 *
	 * @param articleId the article
	 * @param revision the revision it shows
	 * @param expiresAt when it stops working
	 */
	record Grant(String articleId, int revision, Instant expiresAt) {
	}

	String issue(Grant grant) {
		String body = encode(grant.articleId()) + "." + grant.revision() + "." + grant.expiresAt().getEpochSecond();
		return body + "." + ENCODER.encodeToString(sign(body));
	}

	/** The grant of a genuine, unexpired token; empty for anything else. */
	Optional<Grant> verify(String token, Instant now) {
		String[] parts = token.split("\\.");
		if (parts.length != 4) {
			return Optional.empty();
		}
		try {
			String body = parts[0] + "." + parts[1] + "." + parts[2];
			if (!MessageDigest.isEqual(sign(body), DECODER.decode(parts[3]))) {
				return Optional.empty();
			}
			Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[2]));
			if (!now.isBefore(expiresAt)) {
				return Optional.empty();
			}
			return Optional.of(new Grant(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8),
					Integer.parseInt(parts[1]), expiresAt));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String encode(String text) {
		return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private byte[] sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
