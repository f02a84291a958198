package org.grassroots.api.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bearer-token settings ({@code grassroots.security.*}).
 *
 * @param tokenSecret HMAC key for bearer tokens, at least 32 bytes; when absent a random
 * key is made at start-up and tokens do not survive a restart
 * @param tokenLifetime how long a token is accepted
 */
@ConfigurationProperties("grassroots.security")
record SecurityProperties(@Nullable String tokenSecret, @DefaultValue("8h") Duration tokenLifetime) {
}
