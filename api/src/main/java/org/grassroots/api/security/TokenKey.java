package org.grassroots.api.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The HMAC-SHA256 key that signs and verifies bearer tokens.
 */
@Component
class TokenKey {

	private static final Logger logger = LoggerFactory.getLogger(TokenKey.class);

	private static final int MIN_BYTES = 32;

	private final SecretKey key;

	TokenKey(SecurityProperties properties) {
		this.key = new SecretKeySpec(bytes(properties.tokenSecret()), "HmacSHA256");
	}

	SecretKey key() {
		return this.key;
	}

	private static byte[] bytes(String secret) {
		if (secret == null || secret.isBlank()) {
			logger.warn("No grassroots.security.token-secret set: using a random key; tokens end with this process");
			byte[] random = new byte[MIN_BYTES];
			new SecureRandom().nextBytes(random);
			return random;
		}
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < MIN_BYTES) {
			throw new IllegalStateException(
					"grassroots.security.token-secret must have at least " + MIN_BYTES + " bytes");
		}
		return bytes;
	}

}
