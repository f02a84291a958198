package org.grassroots.api.error;

import java.time.Duration;

/**
 * Refused before checking anything, because of earlier failures; reported as
 * {@code TOO_MANY_ATTEMPTS} with {@code extensions.retryAfterSeconds}.
 */
public class TooManyAttemptsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	/**
	 * @param what what there were too many of, e.g. "Too many failed sign-ins"
	 * @param retryAfter how long the caller has to wait
	 */
	public TooManyAttemptsException(String what, Duration retryAfter) {
		super(what + ": try again in " + seconds(retryAfter) + " s");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * Whole seconds to wait, rounded up: retrying after them always finds the lock gone.
	 */
	public long retryAfterSeconds() {
		return seconds(this.retryAfter);
	}

	private static long seconds(Duration duration) {
		return Math.max(1, (duration.toMillis() + 999) / 1000);
	}

}
