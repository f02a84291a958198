package org.grassroots.api.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed ({@code grassroots.security.sign-in.*}).
 *
 * @param accountFailures failures in a row that lock an account (known or not)
 * @param addressFailures failures from one address within a lockout's length that lock
 * the address, whatever names it tries
 * @param lockout the first lockout; each further one for the same account or address is
 * twice as long
 * @param maxLockout the longest lockout
 */
@ConfigurationProperties("grassroots.security.sign-in")
record SignInLimits(@DefaultValue("5") int accountFailures, @DefaultValue("30") int addressFailures,
		@DefaultValue("1m") Duration lockout, @DefaultValue("15m") Duration maxLockout) {
}
