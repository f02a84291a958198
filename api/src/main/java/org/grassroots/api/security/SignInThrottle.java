package org.grassroots.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.grassroots.api.error.TooManyAttemptsException;
import org.grassroots.graph.support.LeastRecentlyUsed;
import org.jspecify.annotations.Nullable;

/**
 * Slows password guessing down, per account and per client address. An account (known or
 * not, so that the answer tells nothing about which names exist) is locked after
 * {@link SignInLimits#accountFailures()} failures in a row, for
 * {@link SignInLimits#lockout()}, doubled at each further lockout up to
 * {@link SignInLimits#maxLockout()}; a success ends the streak. An address is locked
 * after {@link SignInLimits#addressFailures()} failures within a lockout's length,
 * whatever names it tries. While locked, attempts are refused before the password is
 * checked. Counters are kept for a bounded number of names and addresses, the least
 * recently seen dropped first.
 */
class SignInThrottle {

	private static final int KEPT = 10_000;

	private final SignInLimits limits;

	private final Clock clock;

	private final LeastRecentlyUsed<String, Record> accounts = new LeastRecentlyUsed<>(KEPT);

	private final LeastRecentlyUsed<String, Record> addresses = new LeastRecentlyUsed<>(KEPT);

	SignInThrottle(SignInLimits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * @throws TooManyAttemptsException while the account or the address is locked
	 */
	synchronized void check(String username, @Nullable String address) {
		Instant now = this.clock.instant();
		Duration wait = max(remaining(this.accounts.get(account(username)), now),
				(address != null) ? remaining(this.addresses.get(address), now) : Duration.ZERO);
		if (wait.isPositive()) {
			throw new TooManyAttemptsException("Too many failed sign-ins", wait);
		}
	}

	synchronized void failed(String username, @Nullable String address) {
		Instant now = this.clock.instant();
		fail(this.accounts, account(username), this.limits.accountFailures(), now, true);
		if (address != null) {
			fail(this.addresses, address, this.limits.addressFailures(), now, false);
		}
	}

	/** Ends the account's streak of failures; the address keeps its count. */
	synchronized void succeeded(String username) {
		this.accounts.remove(account(username));
	}

	private void fail(LeastRecentlyUsed<String, Record> records, String key, int allowed, Instant now, boolean inARow) {
		Record record = records.get(key).orElse(null);
		if (record == null || (!inARow && now.isAfter(record.since().plus(this.limits.lockout())))) {
			record = new Record(0, now, null, (record != null) ? record.lockouts() : 0);
		}
		int failures = record.failures() + 1;
		if (failures < allowed) {
			records.put(key, new Record(failures, record.since(), record.lockedUntil(), record.lockouts()));
			return;
		}
		Duration lockout = this.limits.lockout().multipliedBy(1L << Math.min(record.lockouts(), 20));
		if (lockout.compareTo(this.limits.maxLockout()) > 0) {
			lockout = this.limits.maxLockout();
		}
		records.put(key, new Record(0, now, now.plus(lockout), record.lockouts() + 1));
	}

	private static Duration remaining(Optional<Record> record, Instant now) {
		Instant until = record.map(Record::lockedUntil).orElse(null);
		return (until == null || !now.isBefore(until)) ? Duration.ZERO : Duration.between(now, until);
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	/** Names are matched as accounts are: case does not make a new account to guess. */
	private static String account(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param failures failures counted since {@code since}
	 * @param since when counting started
	 * @param lockedUntil when a lockout ends, if one was imposed
	 * @param lockouts how many lockouts came before, which lengthen the next
	 */
	private record Record(int failures, Instant since, @Nullable Instant lockedUntil, int lockouts) {
	}

}
