package org.grassroots.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.grassroots.api.error.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SignInThrottleTests {

	private static final SignInLimits LIMITS = new SignInLimits(3, 5, Duration.ofMinutes(1), Duration.ofMinutes(5));

	private final MutableClock clock = new MutableClock();

	private final SignInThrottle throttle = new SignInThrottle(LIMITS, this.clock);

	@Test
	void anAccountIsLockedAfterFailuresInARowAndToldWhenToRetry() {
		fail("steward", "10.0.0.1", 3);

		assertThatExceptionOfType(TooManyAttemptsException.class)
			.isThrownBy(() -> this.throttle.check("steward", "10.0.0.2"))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(1)))
			.withMessageContaining("60 s");
		this.clock.advance(Duration.ofSeconds(61));
		assertThatNoException().isThrownBy(() -> this.throttle.check("steward", "10.0.0.2"));
	}

	@Test
	void anUnknownNameIsLockedLikeAKnownOneAndCaseDoesNotMakeANewAccount() {
		fail("Nobody", "10.0.0.1", 2);
		fail("nobody ", "10.0.0.1", 1);

		assertThatExceptionOfType(TooManyAttemptsException.class)
			.isThrownBy(() -> this.throttle.check("NOBODY", "10.0.0.3"));
	}

	@Test
	void aSuccessEndsTheStreak() {
		fail("steward", "10.0.0.1", 2);
		this.throttle.succeeded("steward");
		fail("steward", "10.0.0.1", 2);

		assertThatNoException().isThrownBy(() -> this.throttle.check("steward", "10.0.0.1"));
	}

	@Test
	void eachFurtherLockoutIsTwiceAsLongUpToTheMaximum() {
		Duration[] expected = { Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
				Duration.ofMinutes(5), Duration.ofMinutes(5) };
		for (Duration lockout : expected) {
			fail("steward", null, 3);
			assertThatExceptionOfType(TooManyAttemptsException.class)
				.isThrownBy(() -> this.throttle.check("steward", null))
				.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(lockout));
			this.clock.advance(lockout);
		}
	}

	@Test
	void anAddressTryingManyNamesIsLockedWhateverNameItTriesNext() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("name-" + i, "10.0.0.9");
		}

		assertThatExceptionOfType(TooManyAttemptsException.class)
			.isThrownBy(() -> this.throttle.check("someone-else", "10.0.0.9"));
		assertThatNoException().isThrownBy(() -> this.throttle.check("someone-else", "10.0.0.10"));
	}

	@Test
	void anAddressCountsFailuresWithinALockoutsLengthOnly() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("name-" + i, "10.0.0.9");
		}
		this.clock.advance(Duration.ofMinutes(2));
		this.throttle.failed("late", "10.0.0.9");

		assertThatNoException().isThrownBy(() -> this.throttle.check("someone-else", "10.0.0.9"));
	}

	private void fail(String username, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.check(username, address);
			this.throttle.failed(username, address);
		}
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-30T08:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
