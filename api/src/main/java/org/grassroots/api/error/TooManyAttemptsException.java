package org.grassroots.api.error;

import java.time.Duration;

/**
 * Refused before checking anything, because of earlier failures; reported as
 * {@code TOO_MANY_ATTEMPTS} with {@code extensions.retryAfterSeconds}.
 */
public class TooManyAttemptsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	public TooManyAttemptsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * Whole seconds to wait, rounded up: retrying after them always finds the lock gone.
	 */
	public long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
